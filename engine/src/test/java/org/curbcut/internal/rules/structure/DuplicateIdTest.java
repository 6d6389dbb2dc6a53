package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class DuplicateIdTest {
  private static final DuplicateId RULE = new DuplicateId();

  @Test
  void failsRepeatedId() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p id=\"a\">1</p><p id=\"a\">2</p>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void inapplicableUniqueIds() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p id=\"a\">1</p><p id=\"b\">2</p>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
