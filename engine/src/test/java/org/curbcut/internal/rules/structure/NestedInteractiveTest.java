package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class NestedInteractiveTest {
  private static final NestedInteractive RULE = new NestedInteractive();

  @Test
  void passesPlainButton() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<button>Save</button>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsLinkInButton() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<button>Save <a href=\"/x\">more</a></button>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void failsFocusableInRoleButton() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<div role=\"button\" tabindex=\"0\">Open <input type=\"checkbox\"></div>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void passesWhenInnerElementNotInTabOrder() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<a href=\"/x\">Go <span tabindex=\"-1\">now</span></a>"))).isEqualTo(Outcome.PASSED);
  }
}
