package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class VisualReferenceAlternativeTest {
  private static final VisualReferenceAlternative RULE = new VisualReferenceAlternative();

  @Test
  void cantTellOnVisualWord() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p>Click the round button on the right.</p><button>Go</button>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void passesWithoutVisualWords() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p>Click the Go button.</p><button>Go</button>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void cantTellOnOtherLanguage() {
    assertThat(Fixtures.outcome(RULE, "<html lang=\"fr\"><title>t</title><p>Bonjour</p></html>")).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void copyrightIsNotAVisualWord() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p>Copyright 2024. All rights reserved.</p>"))).isEqualTo(Outcome.PASSED);
  }
}
