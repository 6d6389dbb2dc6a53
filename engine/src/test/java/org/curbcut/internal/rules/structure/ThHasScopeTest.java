package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.curbcut.rules.AttributeValue;
import org.curbcut.rules.HeaderScope;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.RuleResult;
import org.junit.jupiter.api.Test;

class ThHasScopeTest {
  private static final ThHasScope RULE = new ThHasScope();

  private static List<RuleResult> results(String body) {
    return Fixtures.results(RULE, Fixtures.page(body));
  }

  private static Outcome outcome(String body) {
    return Fixtures.outcome(RULE, Fixtures.page(body));
  }

  @Test
  void passesATwoAxisTableWithScopes() {
    List<RuleResult> r = results("<table><tr><td></td><th scope=col>Mon</th><th scope=col>Tue</th></tr>"
        + "<tr><th scope=row>Pool</th><td>9-17</td><td>9-12</td></tr></table>");
    assertThat(r).extracting(RuleResult::outcome).containsOnly(Outcome.PASSED).hasSize(3);
  }

  @Test
  void passesATwoAxisTableWhoseHeadersBrowsersReadTheWayTheirPositionSays() {
    List<RuleResult> r = results("<table><tr><th>Room</th><th>Mon</th><th>Tue</th></tr>"
        + "<tr><th>Pool</th><td>9-17</td><td>9-12</td></tr></table>");
    assertThat(r).extracting(RuleResult::outcome).containsOnly(Outcome.PASSED).hasSize(4);
  }

  @Test
  void failsFirstRowHeadersOverAnEmptyDataCornerWithoutScope() {
    // the first row holds a td, so browsers make its th cells row headers; the position says column
    List<RuleResult> r = results("<table><tr><td></td><th>Mon</th><th>Tue</th></tr>"
        + "<tr><th>Pool</th><td>9-17</td><td>9-12</td></tr></table>");
    assertThat(r).filteredOn(x -> x.outcome() == Outcome.FAILED).hasSize(2)
        .allMatch(x -> x.is(ThHasScope.NO_SCOPE) && x.diagnostic().equals(Optional.of(new HeaderScope(null, "col", false))));
    assertThat(r.get(0).message()).isEqualTo("Its position makes this the header of its column (scope=\"col\"), but without scope browsers announce it as the header of its row.");
  }

  @Test
  void failsOneAxisFirstRowHeadersBesideAnEmptyCell() {
    List<RuleResult> r = results("<table><tr><td></td><th>Mon</th><th>Tue</th></tr><tr><td>Pool</td><td>9-17</td><td>9-12</td></tr></table>");
    assertThat(r).extracting(RuleResult::outcome).containsOnly(Outcome.FAILED).hasSize(2);
    assertThat(r.get(0).diagnostic(HeaderScope.class).orElseThrow().oneAxis()).isTrue();
  }

  @Test
  void passesWhenDataCellsUseHeaders() {
    assertThat(outcome("<table><tr><td></td><th id=m>Mon</th></tr><tr><th id=p>Pool</th><td headers='m p'>9-17</td></tr></table>"))
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsAnInvalidScope() {
    List<RuleResult> r = results("<table><tr><th scope=column>Day</th><th>Opens</th></tr><tr><td>Mon</td><td>9</td></tr></table>");
    assertThat(r).extracting(RuleResult::outcome).containsExactly(Outcome.FAILED);
    assertThat(r.get(0).messageKey()).isEqualTo("invalid-scope");
    assertThat(r.get(0).diagnostic()).contains(new HeaderScope("column", "col", true));
  }

  @Test
  void cantTellWhereThePositionLeavesTheDirectionOpen() {
    List<RuleResult> r = results("<table><tr><th>Room</th><th>Mon</th></tr><tr><td>Pool</td><th>Closed</th></tr>"
        + "<tr><th>Gym</th><td>9-17</td></tr></table>");
    assertThat(r).filteredOn(x -> x.outcome() == Outcome.CANT_TELL).extracting(RuleResult::messageKey).containsExactly("ambiguous");
  }

  @Test
  void cantTellForAKeyValueFirstRow() {
    // a th after data in the first row heads the value next to it, not a column
    assertThat(outcome("<table><tr><th>Name</th><td>Ada</td><th>Age</th><td>36</td></tr><tr><th>City</th><td>London</td><th>Job</th><td>Analyst</td></tr></table>"))
        .isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void cantTellForScopeOnATd() {
    List<RuleResult> r = results("<table><tr><td scope=col>Day</td><td scope=col>Opens</td></tr><tr><td>Mon</td><td>9</td></tr></table>");
    assertThat(r).extracting(RuleResult::outcome).containsOnly(Outcome.CANT_TELL).hasSize(2);
    assertThat(r.get(0).messageKey()).isEqualTo("scope-on-td");
    assertThat(r.get(0).diagnostic()).contains(new AttributeValue("scope", "col"));
  }

  @Test
  void inapplicableToASimpleHeaderRowOrColumn() {
    assertThat(outcome("<table><tr><th>Day</th><th>Opens</th></tr><tr><td>Mon</td><td>9</td></tr></table>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<table><tr><th>Day</th><td>Mon</td></tr><tr><th>Opens</th><td>9</td></tr></table>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<table><thead><tr><th>Day</th><th>Opens</th></tr></thead><tr><td>Mon</td><td>9</td></tr></table>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void inapplicableInPresentationalOrHiddenTables() {
    String body = "<tr><td></td><th>Mon</th></tr><tr><th>Pool</th><td>9</td></tr>";
    assertThat(outcome("<table role=presentation>" + body + "</table>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<table aria-hidden=true>" + body + "</table>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
