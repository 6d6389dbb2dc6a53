package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.rules.FirstRowHeaders;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.RuleResult;
import org.junit.jupiter.api.Test;

class TableHasHeadersTest {
  private static final TableHasHeaders RULE = new TableHasHeaders();
  private static final String ROWS = "<tr><td>Monday</td><td>9:00</td></tr><tr><td>Tuesday</td><td>10:00</td></tr>";

  private static Outcome outcome(String body) {
    return Fixtures.outcome(RULE, Fixtures.page(body));
  }

  @Test
  void passesTableWithThHeaders() {
    assertThat(outcome("<table><tr><th>Day</th><th>Opens</th></tr>" + ROWS + "</table>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void passesTableWithRoleColumnheaderCells() {
    assertThat(outcome("<table><tr><td role=columnheader>Day</td><td role=columnheader>Opens</td></tr>" + ROWS + "</table>"))
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsFirstRowInTheadWithTdCells() {
    List<RuleResult> r = Fixtures.results(RULE, Fixtures.page("<table><thead><tr><td>Day</td><td>Opens</td></tr></thead><tbody>" + ROWS + "</tbody></table>"));
    assertThat(r).extracting(RuleResult::outcome).containsExactly(Outcome.FAILED);
    assertThat(r.get(0).messageKey()).isEqualTo("first-row-headers");
    assertThat(r.get(0).target().name()).isEqualTo("table");
    assertThat(r.get(0).message()).contains("(thead)");
    FirstRowHeaders found = r.get(0).diagnostic(FirstRowHeaders.class).orElseThrow();
    assertThat(found.evidence()).isEqualTo("thead");
    assertThat(found.row().name()).isEqualTo("tr");
    assertThat(found.row().parent().name()).isEqualTo("thead");
  }

  @Test
  void failsFirstRowOfBoldCells() {
    assertThat(outcome("<table><tr><td><b>Day</b></td><td><strong>Opens</strong></td></tr>" + ROWS + "</table>"))
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void failsFirstRowStyledBoldWhenTheNextIsNot() {
    assertThat(outcome("<style>.head td { font-weight: bold }</style><table><tr class=head><td>Day</td><td>Opens</td></tr>" + ROWS + "</table>"))
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void cantTellWhenTheWholeTableIsBold() {
    assertThat(outcome("<style>td { font-weight: bold }</style><table><tr><td>Day</td><td>Opens</td></tr>" + ROWS + "</table>"))
        .isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void cantTellWhenOnlyPartOfTheFirstRowIsBold() {
    assertThat(outcome("<table><tr><td><b>Day</b></td><td>Opens <b>early</b></td></tr>" + ROWS + "</table>"))
        .isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void cantTellForAPlainGridOfText() {
    assertThat(outcome("<table>" + ROWS + "</table>")).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void cantTellWhenTheTableHoldsAnotherTable() {
    assertThat(outcome("<table><thead><tr><td>Day</td><td>Opens</td></tr></thead><tr><td>Monday</td><td><table><tr><td>x</td></tr></table>9:00</td></tr>"
        + "<tr><td>Tuesday</td><td>10:00</td></tr></table>")).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void inapplicableToANestedTable() {
    List<RuleResult> r = Fixtures.results(RULE, Fixtures.page("<table role=presentation><tr><td><table>" + ROWS + "</table></td></tr></table>"));
    assertThat(r).isEmpty();
  }

  @Test
  void inapplicableToPresentationalHiddenAndSingleColumnTables() {
    assertThat(outcome("<table role=presentation><thead><tr><td>Day</td><td>Opens</td></tr></thead>" + ROWS + "</table>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<table role=none>" + ROWS + "</table>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<table hidden>" + ROWS + "</table>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<table style='display:none'>" + ROWS + "</table>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<table><thead><tr><td>Day</td></tr></thead><tr><td>Monday</td></tr><tr><td>Tuesday</td></tr></table>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<table><tr><td>Name</td><td>Value</td></tr></table>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void inapplicableToAFormLayoutTableWithOneColumnOfText() {
    assertThat(outcome("<table><tr><td>Name</td><td><input></td></tr><tr><td>Email</td><td><input></td></tr></table>"))
        .isEqualTo(Outcome.INAPPLICABLE);
  }
}
