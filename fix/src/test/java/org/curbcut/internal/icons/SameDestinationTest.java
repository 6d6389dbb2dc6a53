package org.curbcut.internal.icons;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Test;

/** The name a page gives a destination through its other links. */
class SameDestinationTest {
  private static Element link(Page p) {
    return p.byId("x").orElseThrow();
  }

  @Test
  void relativeAndAbsoluteAddressesOfOnePageMatch() {
    Page p = HtmlSnapshot.parse("<a id=x href=/story/42.html><img src=a.jpg></a>"
        + "<a href=\"https://news.example/story/42.html\">Harbour bridge reopens</a>", "https://news.example/index.html");
    assertThat(SameDestination.of(p).nameOf(link(p))).hasValueSatisfying(n -> {
      assertThat(n.text()).isEqualTo("Harbour bridge reopens");
      assertThat(n.agreed()).isTrue();
      assertThat(n.address()).isEqualTo("https://news.example/story/42.html");
    });
  }

  @Test
  void relativeLinksOfALocalPage() {
    Page p = HtmlSnapshot.parse("<a id=x href=/s/1><img src=a.jpg alt=\"\"></a> <a href=/s/1>Tides are late</a>", "t.html");
    assertThat(SameDestination.of(p).nameOf(link(p)).map(SameDestination.Name::text)).contains("Tides are late");
    assertThat(SameDestination.onlyImage(link(p)).map(e -> e.attrOr("src", ""))).contains("a.jpg");
  }
}
