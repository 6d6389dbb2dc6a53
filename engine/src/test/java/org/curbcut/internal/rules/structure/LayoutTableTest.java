package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayoutTableTest {
  private static final LayoutTable RULE = new LayoutTable();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<table role=presentation><tr><td>Logo</td><td>Menu</td></tr></table>|PASSED",
      "<table role=none><tr><td><table><tr><th>Data</th></tr><tr><td>1</td></tr></table></td></tr></table>|PASSED",
      "<table role=presentation summary=' '><caption></caption><tr><td>a</td></tr></table>|PASSED",
      "<table role=presentation><tr><th>Name</th></tr><tr><td>Ada</td></tr></table>|FAILED",
      "<table role=none><caption>Prices</caption><tr><td>1</td></tr></table>|FAILED",
      "<table role=presentation summary='Prices by year'><tr><td>1</td></tr></table>|FAILED",
      "<table role=presentation><tr><td scope=row>2024</td><td>1</td></tr></table>|FAILED",
      "<table role=presentation><tr><td id=h>Y</td><td headers=h>1</td></tr></table>|FAILED",
      // inapplicable: a data table; a presentational role ignored because the table is focusable; hidden
      "<table><tr><th>Name</th></tr><tr><td>Ada</td></tr></table>|INAPPLICABLE",
      "<table role=grid><tr><th>Name</th></tr></table>|INAPPLICABLE",
      "<table role=presentation tabindex=0><tr><th>Name</th></tr></table>|INAPPLICABLE",
      "<div hidden><table role=presentation><tr><th>Name</th></tr></table></div>|INAPPLICABLE",
  })
  void checksLayoutTables(String body, Outcome expected) {
    assertThat(Fixtures.outcome(RULE, Fixtures.page(body))).as(body).isEqualTo(expected);
  }

  @Test
  void saysWhichMarkupItFound() {
    var r = Fixtures.results(RULE, Fixtures.page("<table role=presentation><tr><th>Name</th></tr></table>")).get(0);
    assertThat(r.is(LayoutTable.TH)).isTrue();
    assertThat(r.message()).contains("<th> header cells");
  }
}
