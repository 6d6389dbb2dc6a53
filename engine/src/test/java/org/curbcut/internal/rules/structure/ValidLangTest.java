package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class ValidLangTest {
  private static final ValidLang RULE = new ValidLang();

  @Test
  void passesValidTag() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p lang=\"de\">Guten Tag</p>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsInvalidTag() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p lang=\"dutch\">Goedendag</p>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void failsOnImageAltInheritingLanguage() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<div lang=\"xx-invalid\"><img src=\"a.png\" alt=\"Fireworks\"></div>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void outerElementWithoutOwnTextIsInapplicable() {
    // only the inner, valid element has text inheriting its language: the invalid outer one is not judged
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<div lang=\"invalid\"><p lang=\"en\">Hello</p></div>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void inapplicableWhenTextIsHidden() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p lang=\"invalid\"><span style=\"display:none\">Hi</span></p>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
