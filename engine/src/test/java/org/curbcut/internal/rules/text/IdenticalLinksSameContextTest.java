package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class IdenticalLinksSameContextTest {
  private final IdenticalLinksSameContext rule = new IdenticalLinksSameContext();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void passesSameNamedLinksInOneParagraphToTheSameUrl() {
    assertThat(run("<p>Learn more (<a href=/about>About us</a>) or (<a href=/about>About us</a>)</p>"))
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void needsAPersonWhenTheUrlsDiffer() {
    assertThat(run("<p><a href=/chat>Contact us</a> or <a href=/phone>Contact us</a></p>")).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void linksInDifferentBlocksAreInapplicable() {
    assertThat(run("<div><a href=/wai>Read more</a> about WAI</div><div><a href=/i18n>Read more</a> about i18n</div>"))
        .isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<p>Social: <a href=/a>ACT</a> <a aria-hidden=true href=/b>ACT</a></p>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
