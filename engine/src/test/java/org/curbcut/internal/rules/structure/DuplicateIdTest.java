package org.curbcut.internal.rules.structure;

import static org.curbcut.rules.testing.RuleAssertions.assertThat;
import static org.curbcut.rules.testing.RuleAssertions.audit;

import org.junit.jupiter.api.Test;

class DuplicateIdTest {
  private static final DuplicateId RULE = new DuplicateId();

  @Test
  void failsRepeatedId() {
    // the first element keeps the id; each later one is the duplicate
    assertThat(audit(RULE, Fixtures.page("<p id=\"a\" class=first>1</p><p id=\"a\" class=second>2</p>")))
        .inapplicable("p.first")
        .failed("p.second", "duplicate")
        .andNoOtherTargets();
  }

  @Test
  void inapplicableUniqueIds() {
    assertThat(audit(RULE, Fixtures.page("<p id=\"a\">1</p><p id=\"b\">2</p>"))).inapplicable();
  }
}
