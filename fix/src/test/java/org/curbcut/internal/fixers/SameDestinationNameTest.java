package org.curbcut.internal.fixers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.RepairStatus;
import org.curbcut.fix.alt.AltTextPipeline;
import org.curbcut.fix.alt.ContextDescriber;
import org.curbcut.fix.alt.DecorativeDescriber;
import org.curbcut.fix.alt.ImageFetcher;
import org.junit.jupiter.api.Test;

/** Picture links named by the page's headline link to the same story. */
class SameDestinationNameTest {
  private static RepairResult repair(String body, Confidence minimum) {
    AltTextPipeline alt = new AltTextPipeline(List.of(new DecorativeDescriber(), new ContextDescriber()), ImageFetcher.defaults(null));
    return RepairFixture.repair(body, minimum, alt, "https://news.example/index.html");
  }

  private static List<RepairStatus> statuses(RepairResult r, String rule) {
    return RepairFixture.statuses(r, rule);
  }

  @Test
  void aPictureLinkGetsItsHeadlineAsTheAltOfItsImage() {
    RepairResult r = repair("<a href=/story/42.html><img src=/thumbs/42.jpg></a>"
        + "<h2><a href=\"https://news.example/story/42.html\">Harbour bridge reopens</a></h2>", Confidence.LIKELY);
    assertThat(r.repairedText()).contains("<a href=/story/42.html><img src=/thumbs/42.jpg alt=\"Harbour bridge reopens\"></a>");
    // one edit repairs both the image and the link
    assertThat(statuses(r, "image-alt")).containsExactly(RepairStatus.FIXED_VERIFIED);
    assertThat(statuses(r, "link-name")).containsExactly(RepairStatus.FIXED_VERIFIED);
    assertThat(r.outcomes()).filteredOn(o -> o.failure().rule().id().equals("link-name"))
        .extracting(o -> o.repair().provenance())
        .containsExactly("name \"Harbour bridge reopens\" taken from the page's other link to the same address "
            + "(https://news.example/story/42.html)");
    assertThat(r.newFailures()).isEmpty();
  }

  @Test
  void anImageWithEmptyAltInsideTheLinkGetsTheName() {
    RepairResult r = repair("<a href=/s/1><img src=a.jpg alt=\"\"></a> <a href=/s/1>Tides are late</a>", Confidence.LIKELY);
    assertThat(r.repairedText()).contains("<img src=a.jpg alt=\"Tides are late\">");
    assertThat(r.newFailures()).isEmpty();
  }

  @Test
  void anEmptyLinkGetsAnAriaLabel() {
    RepairResult r = repair("<a href=/s/2></a><p><a href=/s/2>Ferry timetable</a></p>", Confidence.LIKELY);
    assertThat(r.repairedText()).contains("<a href=/s/2 aria-label=\"Ferry timetable\"></a>");
    assertThat(statuses(r, "link-name")).containsExactly(RepairStatus.FIXED_VERIFIED);
  }

  @Test
  void genericTextsAreNotNamesAndDisagreementNeedsReview() {
    RepairResult generic = repair("<a href=/s/3><img src=b.jpg></a> <a href=/s/3>Read more</a>", Confidence.LIKELY);
    assertThat(generic.repairedText()).doesNotContain("alt=\"Read more\"");

    RepairResult two = repair("<a href=/s/4><img src=c.jpg></a> <a href=/s/4>Storm warning</a> <a href=/s/4>Weather</a>"
        + " <a href=/s/4>Storm warning</a>", Confidence.NEEDS_REVIEW);
    assertThat(two.repairedText()).contains("<img src=c.jpg alt=\"Storm warning\">");
    assertThat(statuses(two, "link-name")).containsExactly(RepairStatus.FIXED_NEEDS_REVIEW);
  }

  @Test
  void linksToOtherAddressesOrFragmentsGiveNoName() {
    RepairResult r = repair("<a href=/s/5><img src=d.jpg></a> <a href=/s/6>Other story</a>"
        + " <a href=#top></a> <a href=#top>Top</a>", Confidence.LIKELY);
    assertThat(r.repairedText()).doesNotContain("Other story\"").doesNotContain("aria-label=\"Top\"");
  }

  @Test
  void aLogoLinkToTheHomePageNeedsReview() {
    RepairResult r = repair("<a href=/><img src=logo.png></a><nav><a href=\"https://news.example/\">Home</a></nav>",
        Confidence.NEEDS_REVIEW);
    assertThat(r.repairedText()).contains("<img src=logo.png alt=\"Home\">");
    assertThat(statuses(r, "image-alt")).containsExactly(RepairStatus.FIXED_NEEDS_REVIEW);
  }
}
