package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class SummaryNameTest {
  private final SummaryName rule = new SummaryName();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void passesASummaryWithALabel() {
    assertThat(run("<details><summary aria-label=\"Opening times\"></summary><p>24/7</p></details>"))
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsAnEmptySummary() {
    assertThat(run("<details><summary></summary><p>24/7</p></details>")).isEqualTo(Outcome.FAILED);
    assertThat(run("<details><summary></summary><summary>Times</summary></details>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void summariesThatAreNotTheControlAreInapplicable() {
    assertThat(run("<summary></summary>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<details><div><summary></summary></div></details>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<details><summary role=button>Times</summary></details>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<details style=\"display:none\"><summary></summary></details>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void cannotTellWhenCssMayHideIt() {
    assertThat(run("<style>@media (prefers-reduced-data: reduce) { details { display: none } }</style><details><summary></summary></details>"))
        .isEqualTo(Outcome.CANT_TELL);
  }
}
