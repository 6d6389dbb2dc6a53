package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class HeadingDescriptiveTest {
  private final HeadingDescriptive rule = new HeadingDescriptive();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void needsAPersonForEveryNamedHeading() {
    assertThat(run("<h1>Opening hours</h1><p>Mon-Fri 10-16</p>")).isEqualTo(Outcome.CANT_TELL);
    assertThat(Fixture.message(rule, "<h1>Weather</h1>")).contains("\"Weather\"");
  }

  @Test
  void hiddenAndEmptyHeadingsAreInapplicable() {
    assertThat(run("<h1 hidden>Opening hours</h1>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<h1></h1>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
