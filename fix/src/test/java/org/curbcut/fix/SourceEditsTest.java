package org.curbcut.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.snapshot.Element;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Test;

class SourceEditsTest {

  private static String apply(Page p, Edit... edits) {
    return TextPatch.of(List.of(edits)).apply(p.text());
  }

  @Test
  void addsAnAttributeAtTheEndOfTheStartTagAndNothingElse() {
    String html = "<!-- keep -->\n<P CLASS=x  data-a='1'>caf&eacute;</P>\n<img src=a.png>";
    Page p = HtmlSnapshot.parse(html, "t");
    Element img = p.select("img").get(0);
    String out = apply(p, SourceEdits.setAttribute(img, "alt", "A \"quoted\" & <b>").orElseThrow());
    assertThat(out).isEqualTo("<!-- keep -->\n<P CLASS=x  data-a='1'>caf&eacute;</P>\n"
        + "<img src=a.png alt=\"A &quot;quoted&quot; &amp; &lt;b>\">");
  }

  @Test
  void insertsBeforeASelfClosingSlash() {
    Page p = HtmlSnapshot.parse("<img src=\"a.png\" />", "t");
    String out = apply(p, SourceEdits.setAttribute(p.select("img").get(0), "alt", "").orElseThrow());
    assertThat(out).isEqualTo("<img src=\"a.png\"  alt=\"\"/>");
  }

  @Test
  void replacesAnExistingValueKeepingItsQuotes() {
    Page p = HtmlSnapshot.parse("<a href='x' tabindex='5'>x</a><b tabindex=3>y</b>", "t");
    String out = apply(p,
        SourceEdits.setAttribute(p.select("a").get(0), "tabindex", "0").orElseThrow(),
        SourceEdits.setAttribute(p.select("b").get(0), "tabindex", "0").orElseThrow());
    assertThat(out).isEqualTo("<a href='x' tabindex='0'>x</a><b tabindex=\"0\">y</b>");
  }

  @Test
  void fillsAnEmptyValueInEveryWayItCanBeWritten() {
    Page p = HtmlSnapshot.parse("<img id=a alt=\"\" src=1><img id=b alt = '' src=2><img id=c src=3 alt><img id=d ALT>"
        + "<img id=e src=5 alt=>", "t");
    String out = apply(p, SourceEdits.setAttribute(p.byId("a").orElseThrow(), "alt", "One").orElseThrow(),
        SourceEdits.setAttribute(p.byId("b").orElseThrow(), "alt", "It's").orElseThrow(),
        SourceEdits.setAttribute(p.byId("c").orElseThrow(), "alt", "Three").orElseThrow(),
        SourceEdits.setAttribute(p.byId("d").orElseThrow(), "alt", "Four").orElseThrow(),
        SourceEdits.setAttribute(p.byId("e").orElseThrow(), "alt", "Five").orElseThrow());
    assertThat(out).isEqualTo("<img id=a alt=\"One\" src=1><img id=b alt = 'It&#39;s' src=2><img id=c src=3 alt=\"Three\">"
        + "<img id=d ALT=\"Four\"><img id=e src=5 alt=\"Five\">");
    assertThat(HtmlSnapshot.parse(out, "t").byId("b").orElseThrow().attrOr("alt", "")).isEqualTo("It's");
  }

  @Test
  void removesAnAttributeWithItsLeadingSpace() {
    Page p = HtmlSnapshot.parse("<video src=v.mp4 autoplay loop></video><p aria-hidden=\"true\" id=a>x</p>", "t");
    String out = apply(p,
        SourceEdits.removeAttribute(p.select("video").get(0), "autoplay").orElseThrow(),
        SourceEdits.removeAttribute(p.select("p").get(0), "aria-hidden").orElseThrow());
    assertThat(out).isEqualTo("<video src=v.mp4 loop></video><p id=a>x</p>");
  }

  @Test
  void insertsContentAroundElements() {
    Page p = HtmlSnapshot.parse("<body>\n<main id=m>x</main>\n</body>", "t");
    Element main = p.select("main").get(0);
    Element body = p.select("body").get(0);
    String out = apply(p,
        SourceEdits.prependContent(body, "<a href=\"#m\">Skip</a>").orElseThrow(),
        SourceEdits.appendContent(main, "!").orElseThrow());
    assertThat(out).isEqualTo("<body><a href=\"#m\">Skip</a>\n<main id=m>x!</main>\n</body>");
  }

  @Test
  void impliedElementsHaveNothingToEdit() {
    Page p = HtmlSnapshot.parse("<p>no html tag</p>", "t");
    assertThat(SourceEdits.setAttribute(p.root(), "lang", "en")).isEmpty();
  }

  @Test
  void mapsOffsetsThroughEdits() {
    TextPatch patch = TextPatch.of(List.of(Edit.insert(5, "abc"), new Edit(10, 12, "")));
    assertThat(patch.map(3)).isEqualTo(3);
    assertThat(patch.map(5)).isEqualTo(8);
    assertThat(patch.map(20)).isEqualTo(21);
  }
}
