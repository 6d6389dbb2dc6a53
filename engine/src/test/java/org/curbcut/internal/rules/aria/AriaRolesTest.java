package org.curbcut.internal.rules.aria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.internal.rules.aria.RuleFixture.outcome;
import static org.curbcut.internal.rules.aria.RuleFixture.run;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class AriaRolesTest {
  private final AriaRoles rule = new AriaRoles();

  @Test
  void passesWhenOneTokenIsAValidRole() {
    assertThat(outcome(rule, "<span role='doc-biblioref link'>x</span>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome(rule, "<input role='searchfield searchbox'>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsOnMisspelledAndAbstractRoles() {
    assertThat(outcome(rule, "<span role=lnik>x</span>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome(rule, "<div role=widget>x</div>")).isEqualTo(Outcome.FAILED);
    assertThat(run(rule, "<span role=lnik>x</span>").get(0).message()).contains("lnik");
  }

  @Test
  void inapplicableWhenEmptyOrHidden() {
    assertThat(outcome(rule, "<div role>x</div><div role='  '>y</div>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome(rule, "<div aria-hidden=true role=lnik>x</div>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void cantTellWhenVisibilityIsUnknown() {
    assertThat(outcome(rule, RuleFixture.UNKNOWN_DISPLAY + "<div class=u role=lnik>x</div>")).isEqualTo(Outcome.CANT_TELL);
  }
}
