package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class TdHeadersAttrTest {
  private static final TdHeadersAttr RULE = new TdHeadersAttr();

  @Test
  void passesHeaderInSameTable() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<table><tr><th id=\"h\">Year</th></tr><tr><td headers=\"h\">2024</td></tr></table>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsMissingId() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<table><tr><th id=\"h\">Year</th></tr><tr><td headers=\"x\">2024</td></tr></table>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void failsSelfReference() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<table><tr><th>Year</th></tr><tr><td id=\"c\" headers=\"c\">2024</td></tr></table>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void failsNonHeaderTarget() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<table><tr><td><span id=\"s\">Year</span></td></tr><tr><td headers=\"s\">2024</td></tr></table>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void inapplicableInPresentationTable() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<table role=\"presentation\"><tr><td id=\"a\">A</td></tr><tr><td headers=\"a\">B</td></tr></table>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
