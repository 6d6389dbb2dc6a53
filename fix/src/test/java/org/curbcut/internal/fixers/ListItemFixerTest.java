package org.curbcut.internal.fixers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.RepairStatus;
import org.junit.jupiter.api.Test;

/** List items outside a list: the container becomes the list, or the item stops being a list item. */
class ListItemFixerTest {
  private static RepairResult repair(String body) {
    return RepairFixture.repair(body, Confidence.LIKELY);
  }

  private static List<RepairStatus> statuses(RepairResult r) {
    return RepairFixture.statuses(r, "listitem");
  }

  @Test
  void aDivOfListItemsBecomesTheirListInOneEdit() {
    RepairResult r = repair("<div class=links>\n <li><a href=/a>A</a></li>\n <li><a href=/b>B</a></li>\n</div>");
    assertThat(r.repairedText()).contains("<div class=links role=\"list\">\n <li><a href=/a>A</a></li>\n <li><a href=/b>B</a></li>");
    assertThat(statuses(r)).containsExactly(RepairStatus.FIXED_VERIFIED, RepairStatus.FIXED_VERIFIED);
    assertThat(r.outcomes().get(0).repair().provenance()).contains("holds only list items");
    assertThat(r.newFailures()).isEmpty();
  }

  @Test
  void theItemsOfAToolbarListStopBeingListItems() {
    RepairResult r = repair("<ul role=toolbar aria-label=Tools><li><button>Like</button></li><li><button>Share</button></li></ul>");
    assertThat(r.repairedText()).contains("<ul role=toolbar aria-label=Tools><li role=\"none\"><button>Like</button></li>"
        + "<li role=\"none\"><button>Share</button></li></ul>");
    assertThat(statuses(r)).containsOnly(RepairStatus.FIXED_VERIFIED);
    assertThat(r.newFailures()).isEmpty();
  }

  @Test
  void aContainerWithOtherContentKeepsItsRoleAndItsItemsBecomeNone() {
    RepairResult r = repair("<div><p>Sections</p><li>One</li></div>");
    assertThat(r.repairedText()).contains("<div><p>Sections</p><li role=\"none\">One</li></div>");
    assertThat(r.newFailures()).isEmpty();
  }

  @Test
  void aTableCellIsNeverTurnedIntoAList() {
    RepairResult r = repair("<table><tr><th>Links</th></tr><tr><td><li>One</li><li>Two</li></td></tr></table>");
    assertThat(r.repairedText()).doesNotContain("<td role=").contains("<td><li role=\"none\">One</li><li role=\"none\">Two</li></td>");
  }

  @Test
  void aFocusableItemIsLeftToAPerson() {
    RepairResult r = repair("<div><p>Pick</p><li tabindex=0>One</li></div>");
    assertThat(r.repairedText()).doesNotContain("role=");
    assertThat(statuses(r)).containsExactly(RepairStatus.NOT_REPAIRABLE);
  }

  @Test
  void itemsOfARealListAreNotTouched() {
    RepairResult r = repair("<ul><li>One</li></ul><div role=list><li>Two</li></div>");
    assertThat(statuses(r)).isEmpty();
    assertThat(r.repairedText()).doesNotContain("role=\"");
  }

  @Test
  void itemsWrappedInsideAListAreLeftToAPerson() {
    RepairResult r = repair("<ul><div class=group><li>One</li><li>Two</li></div></ul>");
    assertThat(r.repairedText()).doesNotContain("role=");
  }

  @Test
  void plainContainersInAListBecomeItsItems() {
    RepairResult r = repair("<ul class=cards><li>One</li>\n<div class=card>Two</div><span>Three</span></ul>");
    assertThat(r.repairedText()).contains("<ul class=cards><li>One</li>\n<div class=card role=\"listitem\">Two</div>"
        + "<span role=\"listitem\">Three</span></ul>");
    assertThat(r.outcomes()).filteredOn(o -> o.failure().rule().id().equals("list")).extracting(o -> o.status())
        .containsExactly(RepairStatus.FIXED_VERIFIED);
    assertThat(r.newFailures()).isEmpty();
  }

  @Test
  void aHeadingInAListIsLeftToAPerson() {
    RepairResult r = repair("<ul><h2>Topics</h2><li>One</li></ul>");
    assertThat(r.repairedText()).doesNotContain("role=");
    assertThat(r.outcomes()).filteredOn(o -> o.failure().rule().id().equals("list")).extracting(o -> o.status())
        .containsExactly(RepairStatus.NOT_REPAIRABLE);
  }
}
