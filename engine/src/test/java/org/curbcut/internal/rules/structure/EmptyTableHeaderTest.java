package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Level;
import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmptyTableHeaderTest {
  private static final EmptyTableHeader RULE = new EmptyTableHeader();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<table><tr><th>Year</th><th>Sales</th></tr><tr><td>2024</td><td>3</td></tr></table>|PASSED",
      "<table><tr><th><span class=sr-only>Actions</span></th></tr><tr><td>x</td></tr></table>|PASSED",
      "<table><tr><th aria-label=Actions></th></tr><tr><td>x</td></tr></table>|PASSED",
      "<table><tr><th><img src=i.png alt=Status></th></tr><tr><td>x</td></tr></table>|PASSED",
      "<div role=table><div role=row><div role=columnheader>Year</div></div></div>|PASSED",
      "<table><tr><th></th><th>Sales</th></tr><tr><th>2024</th><td>3</td></tr></table>|FAILED",
      "<table><tr><th> &nbsp; </th></tr><tr><td>x</td></tr></table>|FAILED",
      "<div role=table><div role=row><div role=columnheader></div></div></div>|FAILED",
      // a corner cell written as td, a layout table, a hidden table
      "<table><tr><td></td><th>Sales</th></tr><tr><th>2024</th><td>3</td></tr></table>|PASSED",
      "<table role=presentation><tr><th></th></tr></table>|INAPPLICABLE",
      "<table hidden><tr><th></th></tr></table>|INAPPLICABLE",
      "<table><tr><td>a</td></tr></table>|INAPPLICABLE",
      "<style>th::after { content: 'Year' }</style><table><tr><th></th></tr><tr><td>x</td></tr></table>|CANT_TELL",
  })
  void checksHeaderText(String body, Outcome expected) {
    assertThat(Fixtures.outcome(RULE, Fixtures.page(body))).as(body).isEqualTo(expected);
  }

  @Test
  void isABestPracticeWithoutASuccessCriterion() {
    assertThat(RULE.meta().level()).isEqualTo(Level.BEST_PRACTICE);
    assertThat(RULE.meta().wcag()).isEmpty();
  }
}
