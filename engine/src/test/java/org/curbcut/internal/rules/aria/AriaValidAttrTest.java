package org.curbcut.internal.rules.aria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.internal.rules.aria.RuleFixture.outcome;
import static org.curbcut.internal.rules.aria.RuleFixture.run;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class AriaValidAttrTest {
  private final AriaValidAttr rule = new AriaValidAttr();

  @Test
  void passesForDefinedAttributes() {
    assertThat(outcome(rule, "<div role=dialog aria-modal=true aria-label=x aria-description=y>z</div>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsForUndefinedAttribute() {
    assertThat(outcome(rule, "<div role=searchbox aria-labelled=l>x</div>")).isEqualTo(Outcome.FAILED);
    assertThat(run(rule, "<div aria-not-checked=true>x</div>").get(0).message()).contains("aria-not-checked");
  }

  @Test
  void inapplicableWithoutAriaAttributes() {
    assertThat(outcome(rule, "<canvas></canvas>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void mathMlIsOutOfScope() {
    assertThat(outcome(rule, "<math aria-foo=x></math>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
