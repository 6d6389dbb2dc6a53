package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class MarqueeTest {
  private static final Marquee RULE = new Marquee();

  @Test
  void failsEndlessMarquee() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<marquee>News</marquee>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void cantTellLimitedLoop() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<marquee loop=\"2\">News</marquee>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void inapplicableWithoutMarquee() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p>News</p>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
