package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class HtmlLangValidTest {
  private static final HtmlLangValid RULE = new HtmlLangValid();

  @Test
  void passesRegisteredSubtag() {
    assertThat(Fixtures.outcome(RULE, "<html lang=\"fr-CA\"><title>t</title></html>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsThreeLetterCodeWithTwoLetterEquivalent() {
    assertThat(Fixtures.outcome(RULE, "<html lang=\"eng\"><title>t</title></html>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void failsMadeUpWord() {
    assertThat(Fixtures.outcome(RULE, "<html lang=\"english\"><title>t</title></html>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void passesThreeLetterCodeWithoutTwoLetterOne() {
    assertThat(Fixtures.outcome(RULE, "<html lang=\"yue\"><title>t</title></html>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void inapplicableWithoutLang() {
    assertThat(Fixtures.outcome(RULE, "<html><title>t</title></html>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
