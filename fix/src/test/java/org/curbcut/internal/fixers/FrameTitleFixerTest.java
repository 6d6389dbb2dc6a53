package org.curbcut.internal.fixers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.RepairStatus;
import org.junit.jupiter.api.Test;

/** Frame titles for advertisement slots and video embeds; a frame nothing describes is left to a person. */
class FrameTitleFixerTest {
  private static RepairResult repair(String body) {
    return RepairFixture.repair(body, Confidence.NEEDS_REVIEW);
  }

  private static List<RepairStatus> statuses(RepairResult r) {
    return RepairFixture.statuses(r, "frame-title");
  }

  @Test
  void aFrameFromAnAdNetworkIsTitledAdvertisement() {
    RepairResult r = repair("<iframe src=\"http://pos.baidu.com/s?hei=90\" width=130 height=90></iframe>");
    assertThat(r.repairedText()).contains("<iframe src=\"http://pos.baidu.com/s?hei=90\" width=130 height=90 title=\"Advertisement\">");
    assertThat(statuses(r)).containsExactly(RepairStatus.FIXED_VERIFIED);
  }

  @Test
  void anAdSlotNamedSoNeedsReview() {
    RepairResult r = repair("<iframe id=google_ads_iframe_1 width=728 height=90></iframe>"
        + "<iframe src=\"http://www.example.cn/ad/top_1000x60.html\" width=1000 height=60></iframe>");
    assertThat(r.repairedText()).contains("<iframe id=google_ads_iframe_1 width=728 height=90 title=\"Advertisement\">")
        .contains("top_1000x60.html\" width=1000 height=60 title=\"Advertisement\">");
    assertThat(statuses(r)).containsOnly(RepairStatus.FIXED_NEEDS_REVIEW);
  }

  @Test
  void wordsThatOnlyContainAdAreNotAdvertisements() {
    RepairResult r = repair("<iframe id=uploader class=\"head-loader\" src=\"/upload/readme.html\"></iframe>");
    assertThat(r.repairedText()).doesNotContain("title=");
    assertThat(statuses(r)).containsExactly(RepairStatus.NOT_REPAIRABLE);
  }

  @Test
  void aDailymotionEmbedIsAVideoForReview() {
    RepairResult r = repair("<iframe src=\"//www.dailymotion.com/embed/video/x2p552m\" width=534 height=320></iframe>");
    assertThat(r.repairedText()).contains("title=\"Dailymotion video\"");
    assertThat(statuses(r)).containsExactly(RepairStatus.FIXED_NEEDS_REVIEW);
  }
}
