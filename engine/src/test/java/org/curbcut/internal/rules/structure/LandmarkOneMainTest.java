package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class LandmarkOneMainTest {
  private static final LandmarkOneMain RULE = new LandmarkOneMain();

  @Test
  void passesOneMain() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<main><p>x</p></main>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsNoMain() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p>x</p>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void failsTwoMains() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<main>a</main><div role=\"main\">b</div>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void ignoresHiddenMain() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<main aria-hidden=\"true\">a</main><main>b</main>"))).isEqualTo(Outcome.PASSED);
  }
}
