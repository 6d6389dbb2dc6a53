package org.curbcut.internal.fixers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.RepairStatus;
import org.junit.jupiter.api.Test;

/** SVG icons with role="img" and no name: hidden when their control is named, else named from their sprite. */
class SvgImageNameFixerTest {
  private static RepairResult repair(String body) {
    return RepairFixture.repair(body, Confidence.NEEDS_REVIEW);
  }

  private static List<RepairStatus> statuses(RepairResult r, String rule) {
    return RepairFixture.statuses(r, rule);
  }

  @Test
  void anIconBesideTheLinksTextIsHidden() {
    RepairResult r = repair("<a href=/print><svg role=img width=20><use href=#icon-print></use></svg> Print</a>");
    assertThat(r.repairedText()).contains("<svg role=img width=20 aria-hidden=\"true\"><use href=#icon-print></use></svg> Print");
    assertThat(statuses(r, "svg-img-alt")).containsExactly(RepairStatus.FIXED_VERIFIED);
    assertThat(r.newFailures()).isEmpty();
  }

  @Test
  void anIconAloneIsNamedByItsSpriteSymbolsTitle() {
    RepairResult r = repair("<svg style=display:none><symbol id=i-bell viewBox=\"0 0 9 9\"><title>Alerts</title></symbol></svg>"
        + "<p><svg role=img><use xlink:href=\"#i-bell\"></use></svg> 3 new</p>");
    assertThat(r.repairedText()).contains("<svg role=img aria-label=\"Alerts\"><use xlink:href=\"#i-bell\"></use></svg>");
    assertThat(statuses(r, "svg-img-alt")).containsExactly(RepairStatus.FIXED_VERIFIED);
  }

  @Test
  void aKnownIconSymbolIdNamesTheIconAndItsLinkForReview() {
    RepairResult r = repair("<a href=\"https://twitter.com/intent/tweet\" role=button><svg role=img>"
        + "<use xlink:href=\"#icon-twitter\"></use></svg></a>");
    assertThat(r.repairedText()).contains("<svg role=img aria-label=\"X (Twitter)\">");
    assertThat(statuses(r, "svg-img-alt")).containsExactly(RepairStatus.FIXED_NEEDS_REVIEW);
    assertThat(r.newFailures()).isEmpty();
  }

  @Test
  void anUnknownIconIsLeftToAPerson() {
    RepairResult r = repair("<p><svg role=img><use href=#icon-politiques></use></svg> Politique</p>");
    assertThat(r.repairedText()).doesNotContain("aria-label").doesNotContain("aria-hidden");
    assertThat(statuses(r, "svg-img-alt")).containsExactly(RepairStatus.NOT_REPAIRABLE);
  }
}
