package org.curbcut.internal.fixers;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.internal.icons.LinkPurpose;
import org.curbcut.snapshot.Element;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.junit.jupiter.api.Test;

/** The last-resort name sources of icon-only controls: their own class, and the link's section. */
class ControlNameSourcesTest {
  private static Element first(String html, String tag) {
    return HtmlSnapshot.parse(html, "t.html").elements().stream().filter(e -> e.is(tag)).findFirst().orElseThrow();
  }

  @Test
  void aWordOfTheControlsOwnClassOrIdNamesOneConcept() {
    assertThat(ControlNameFixer.nameFromOwnClass(first("<button class='btn search-btn'><svg></svg></button>", "button")))
        .hasValueSatisfying(n -> assertThat(n).containsExactly("Search", "search-btn"));
    assertThat(ControlNameFixer.nameFromOwnClass(first("<a id=cartLink href=/c><svg></svg></a>", "a")))
        .hasValueSatisfying(n -> assertThat(n[0]).isEqualTo("Cart"));
    // two concepts, or none, or a one-letter word: no name
    assertThat(ControlNameFixer.nameFromOwnClass(first("<button class='search-cart-toggle'></button>", "button"))).isEmpty();
    assertThat(ControlNameFixer.nameFromOwnClass(first("<button class='btn-primary'></button>", "button"))).isEmpty();
    assertThat(ControlNameFixer.nameFromOwnClass(first("<button class='icon-x'></button>", "button"))).isEmpty();
  }

  @Test
  void aLinksNamedSectionIsPreferredToItsPage() {
    assertThat(LinkPurpose.fromHref("insurance.html#donate", "")).contains("Donate");
    assertThat(LinkPurpose.fromHref("article.html#open-sessions", "")).contains("Open sessions");
    assertThat(LinkPurpose.fromHref("article.html#s2", "")).contains("Article");
    assertThat(LinkPurpose.fromHref("article.html", "")).contains("Article");
    // another site: its front page by its name, a story by its slug, never an ad network or a tracker
    assertThat(LinkPurpose.fromHref("http://www.usmagazine.com/", "")).contains("usmagazine.com");
    assertThat(LinkPurpose.fromHref("http://www.tmz.com/2015/03/17/floyd-mayweather-fight-diet/", ""))
        .contains("Floyd mayweather fight diet");
    assertThat(LinkPurpose.fromHref("http://pubads.g.doubleclick.net/gampad/clk?id=3", "")).isEmpty();
    assertThat(LinkPurpose.fromHref("http://c.l.qq.com/?a=1", "")).isEmpty();
  }
}
