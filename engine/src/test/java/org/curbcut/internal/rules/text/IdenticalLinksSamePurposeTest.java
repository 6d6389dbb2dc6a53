package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class IdenticalLinksSamePurposeTest {
  private final IdenticalLinksSamePurpose rule = new IdenticalLinksSamePurpose();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void passesSameNamedLinksToTheSameUrl() {
    assertThat(run("<a href=/contact>Contact us</a><a href=\"/contact\">contact  us</a>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void needsAPersonWhenTheUrlsDiffer() {
    assertThat(run("<a href=/a>Contact us</a><a href=/b>Contact us</a>")).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void differentNamesOrSingleLinksAreInapplicable() {
    assertThat(run("<a href=/a>Reach out</a><a href=/a>Contact us</a>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<a>Link</a><a>Link</a>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
