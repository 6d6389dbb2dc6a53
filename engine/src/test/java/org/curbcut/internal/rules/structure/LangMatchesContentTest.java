package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class LangMatchesContentTest {
  private static final LangMatchesContent RULE = new LangMatchesContent();

  @Test
  void cantTellOnTextInOtherLanguage() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p>The phrase <span lang=\"nl\">met de kippen op stok</span>.</p>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void inapplicableWithoutLangInBody() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p>Hello</p>"))).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void inapplicableWhenHidden() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p lang=\"fr\" hidden>Bonjour</p>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
