package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class HtmlLangMatchesContentTest {
  private static final HtmlLangMatchesContent RULE = new HtmlLangMatchesContent();

  @Test
  void cantTellWithContent() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p>Hello world</p>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void inapplicableWithInvalidLang() {
    assertThat(Fixtures.outcome(RULE, "<html lang=\"eng\"><body><p>Hello</p></body></html>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void inapplicableWithoutContent() {
    assertThat(Fixtures.outcome(RULE, "<html lang=\"en\"></html>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
