package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class HtmlHasLangTest {
  private static final HtmlHasLang RULE = new HtmlHasLang();

  @Test
  void passesWithLang() {
    assertThat(Fixtures.outcome(RULE, "<html lang=\"en\"><title>t</title></html>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsWithoutLang() {
    assertThat(Fixtures.outcome(RULE, "<html><title>t</title></html>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void failsWithBlankLang() {
    assertThat(Fixtures.outcome(RULE, "<html lang=\" \"><title>t</title></html>")).isEqualTo(Outcome.FAILED);
  }
}
