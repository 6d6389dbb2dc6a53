package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class LinkInContextDescriptiveTest {
  private final LinkInContextDescriptive rule = new LinkInContextDescriptive();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void needsAPersonForEveryNamedLink() {
    assertThat(run("<p>See <a href=#d>this product</a>.</p>")).isEqualTo(Outcome.CANT_TELL);
    assertThat(Fixture.message(rule, "<a href=#d>More</a>")).contains("\"More\"");
  }

  @Test
  void nonLinksHiddenOrUnnamedLinksAreInapplicable() {
    assertThat(run("<a href=/x role=button>WAI</a>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<a href=/x style=\"display:none\">Checkout</a>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<a>placeholder</a>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<a href=/x></a>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
