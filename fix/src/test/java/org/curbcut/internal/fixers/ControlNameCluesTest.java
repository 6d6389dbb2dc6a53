package org.curbcut.internal.fixers;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.fix.Confidence;
import org.curbcut.fix.RepairResult;
import org.junit.jupiter.api.Test;

/** Names for empty controls from what their markup says: a button's value, an arrow icon, a "prev" class. */
class ControlNameCluesTest {
  private static String repaired(String body) {
    RepairResult r = RepairFixture.repair(body, Confidence.NEEDS_REVIEW);
    assertThat(r.newFailures()).isEmpty();
    return r.repairedText();
  }

  @Test
  void anEmptyButtonIsNamedByTheValueItSends() {
    assertThat(repaired("<form><input name=q aria-label=Query><button type=submit class=submit value=Search></button></form>"))
        .contains("<button type=submit class=submit value=Search aria-label=\"Search\">");
    assertThat(repaired("<form><button type=submit name=go value=1></button></form>")).doesNotContain("aria-label=\"1\"");
  }

  @Test
  void arrowIconsAndPrevClassesNamePreviousAndNext() {
    assertThat(repaired("<a onclick=\"return false;\" class=\"icon inline icon-chevron-left\" href=#></a>"))
        .contains("aria-label=\"Previous\"");
    assertThat(repaired("<a class=\"buttons prev\" href=#></a>")).contains("aria-label=\"Previous\"");
  }
}
