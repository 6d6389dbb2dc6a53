package org.curbcut.internal.fixers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.audit.AuditOptions;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.RepairEngine;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.alt.AltTextPipeline;
import org.curbcut.fix.alt.ImageFetcher;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.junit.jupiter.api.Test;

/** Names for empty controls from what their markup says: a button's value, an arrow icon, a "prev" class. */
class ControlNameCluesTest {
  private static final String HEAD = "<!doctype html><html lang=en><head><title>T</title></head><body><main><h1>T</h1>";

  private static String repaired(String body) {
    RepairEngine engine = new RepairEngine(AuditOptions.defaults(),
        Fixers.all(new AltTextPipeline(List.of(), ImageFetcher.defaults(null))), Confidence.NEEDS_REVIEW);
    RepairResult r = engine.repair(HtmlSnapshot.parse(HEAD + body + "</main></body></html>", "t.html"),
        text -> HtmlSnapshot.parse(text, "t.html"));
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
