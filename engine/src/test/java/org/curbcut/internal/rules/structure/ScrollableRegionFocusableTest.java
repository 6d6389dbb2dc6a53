package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class ScrollableRegionFocusableTest {
  private static final ScrollableRegionFocusable RULE = new ScrollableRegionFocusable();

  @Test
  void passesFocusableRegion() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<section style=\"height:100px;overflow:scroll\" tabindex=\"0\"><p>Long text</p></section>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void passesWithFocusableDescendant() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<section style=\"height:100px;overflow:auto\"><a href=\"/x\">Read</a></section>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void cantTellWithoutFocusable() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<section style=\"height:100px;overflow-y:scroll\"><p>Long text</p></section>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void inapplicableWithVisibleOverflow() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<section style=\"height:100px\"><p>Long text</p></section>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
