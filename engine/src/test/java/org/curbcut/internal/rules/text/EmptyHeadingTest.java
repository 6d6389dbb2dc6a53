package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class EmptyHeadingTest {
  private final EmptyHeading rule = new EmptyHeading();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void passesAHeadingWithText() {
    assertThat(run("<h1>Opening times</h1>")).isEqualTo(Outcome.PASSED);
    assertThat(run("<h2><img src=logo.png alt=\"ACT rules\"></h2>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsAnEmptyHeading() {
    assertThat(run("<h1></h1>")).isEqualTo(Outcome.FAILED);
    assertThat(run("<div role=heading aria-level=1 style=\"border:solid\"></div>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void hiddenHeadingsAreInapplicable() {
    assertThat(run("<h1 aria-hidden=true></h1>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<div></div>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void cannotTellWhenCssMayHideIt() {
    assertThat(run("<style>@media (prefers-reduced-data: reduce) { h1 { display: none } }</style><h1></h1>"))
        .isEqualTo(Outcome.CANT_TELL);
  }
}
