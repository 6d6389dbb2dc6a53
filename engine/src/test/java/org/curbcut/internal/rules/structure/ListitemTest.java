package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class ListitemTest {
  private static final Listitem RULE = new Listitem();

  @Test
  void passesInList() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<ul><li>a</li></ul>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsOutsideList() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<div><li>a</li></div>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void passesInRoleList() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<div role=\"list\"><li>a</li></div>"))).isEqualTo(Outcome.PASSED);
  }
}
