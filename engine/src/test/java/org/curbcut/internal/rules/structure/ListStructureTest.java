package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class ListStructureTest {
  private static final ListStructure RULE = new ListStructure();

  @Test
  void passesItemsOnly() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<ul><li>a</li><li>b</li></ul>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsDivChild() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<ul><li>a</li><div>b</div></ul>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void anElementWithRoleListitemIsAnItem() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<ul><li>a</li><div role=listitem>b</div></ul>"))).isEqualTo(Outcome.PASSED);
    // an li whose role is not listitem is not an item
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<ul><li>a</li><li role=button>b</li></ul>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void failsTextChild() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<ol>loose<li>a</li></ol>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void inapplicableWithOtherRole() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<ul role=\"tablist\"><div>b</div></ul>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
