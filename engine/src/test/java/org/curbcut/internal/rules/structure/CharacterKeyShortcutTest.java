package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class CharacterKeyShortcutTest {
  private static final CharacterKeyShortcut RULE = new CharacterKeyShortcut();

  @Test
  void cantTellWithKeyHandler() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<div onkeydown=\"go(event)\">x</div>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void inapplicableWithoutKeyListeners() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p>Plain</p>"))).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void accesskeyIsNotACharacterShortcut() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<a href=\"/\" accesskey=\"h\">Home</a>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
