package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class LinkDescriptiveTest {
  private final LinkDescriptive rule = new LinkDescriptive();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void needsAPersonForEveryNamedLink() {
    assertThat(run("<a href=#d>See the description of this product</a>")).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void failsAGenericTextEvenInContext() {
    assertThat(run("<p>Our prices changed. <a href=/p>Read more</a></p>")).isEqualTo(Outcome.FAILED);
    assertThat(run("<a href=/p>Click here</a>")).isEqualTo(Outcome.FAILED);
    assertThat(run("<a href=/p>Read more about our prices</a>")).isEqualTo(Outcome.CANT_TELL);
    assertThat(rule.meta().level()).isEqualTo(org.curbcut.rules.Level.AAA);
  }

  @Test
  void nonLinksAndHiddenLinksAreInapplicable() {
    assertThat(run("<a href=/x role=button>WAI</a>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<a href=/x aria-hidden=true>WAI</a>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
