package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class ThHasDataCellsTest {
  private static final ThHasDataCells RULE = new ThHasDataCells();

  @Test
  void passesColumnHeaderWithCell() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<table><tr><th>Time</th></tr><tr><td>05:41</td></tr></table>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsHeaderWithoutCells() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<table><tr><th>Rate</th><th>Value</th></tr><tr><td>15%</td></tr></table>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void passesRowAndColumnHeaders() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<table><tr><th>Day</th><th>Morning</th></tr><tr><th>Mon</th><td>8-12</td></tr></table>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsAriaColumnHeaderWithoutCells() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<div role=\"grid\"><div role=\"row\"><div role=\"columnheader\">Room</div><div role=\"columnheader\">Occupant</div></div><div role=\"row\"><div role=\"gridcell\">1A</div></div></div>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void inapplicableWhenHeaderHidden() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<table><tr><th aria-hidden=\"true\">Org</th></tr><tr><td>W3C</td></tr></table>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
