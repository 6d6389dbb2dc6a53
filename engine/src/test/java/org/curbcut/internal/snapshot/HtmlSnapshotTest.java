package org.curbcut.internal.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.curbcut.snapshot.Attribute;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Tri;
import org.junit.jupiter.api.Test;

class HtmlSnapshotTest {

  @Test
  void tracksElementAndAttributePositions() {
    Page p = HtmlSnapshot.parse("<!doctype html>\n<html lang=en>\n<body>\n  <img src=\"a.png\">\n", "t.html");
    Element img = p.select("img").get(0);
    assertThat(img.startTag().start().line()).isEqualTo(4);
    assertThat(img.startTag().start().column()).isEqualTo(3);
    assertThat(img.sourceSnippet()).isEqualTo("<img src=\"a.png\">");
    Attribute src = img.attribute("src").orElseThrow();
    assertThat(p.slice(src.valueRange())).isEqualTo("a.png");
  }

  @Test
  void endTagsOfRawTextElementsAreWhereTheyAre() {
    Page p = HtmlSnapshot.parse("<title>T</title><script>var a = 1;</script><textarea>x</textarea>", "t");
    for (String name : new String[] {"title", "script", "textarea"}) {
      Element e = p.select(name).get(0);
      assertThat(p.slice(e.endTag())).isEqualTo("</" + name + ">");
    }
    Page open = HtmlSnapshot.parse("<textarea>a </div> b", "t");
    assertThat(open.select("textarea").get(0).endTag().isKnown()).isFalse();
  }

  @Test
  void voidElementsHaveNoEndTagEvenAfterOneEarlierInTheText() {
    Page p = HtmlSnapshot.parse("<title>T</title><div><img src=a><br></div>", "t");
    assertThat(p.select("img").get(0).endTag().isKnown()).isFalse();
    assertThat(p.select("br").get(0).endTag().isKnown()).isFalse();
    assertThat(p.slice(p.select("div").get(0).endTag())).isEqualTo("</div>");
  }

  @Test
  void eachNodeKnowsItsIndexAmongItsParentsChildrenAndItsElementSiblings() {
    Page p = HtmlSnapshot.parse("<div id=d>a<b>1</b> <i>2</i>c<u>3</u></div>"
        + "<div id=host><template shadowrootmode=open><s>x</s><q>y</q></template></div>", "t");
    Element div = p.byId("d").orElseThrow();
    for (int i = 0; i < div.children().size(); i++) assertThat(div.children().get(i).indexInParent()).isEqualTo(i);
    Element i = p.select("i").get(0);
    assertThat(i.previousElementSibling().map(Element::name)).contains("b");
    assertThat(i.nextElementSibling().map(Element::name)).contains("u");
    assertThat(p.select("b").get(0).previousElementSibling()).isEmpty();
    assertThat(p.select("u").get(0).nextElementSibling()).isEmpty();
    assertThat(p.root().indexInParent()).isEqualTo(-1);
    Element s = (Element) p.byId("host").orElseThrow().shadowRoot().children().get(0);
    assertThat(s.indexInParent()).isZero();
    assertThat(s.nextElementSibling().map(Element::name)).contains("q");
  }

  @Test
  void indexesIdsIncludingDuplicates() {
    Page p = HtmlSnapshot.parse("<p id=x>a</p><p id=x>b</p><p id=y>", "t.html");
    assertThat(p.allById("x")).hasSize(2);
    assertThat(p.byId("x").orElseThrow().textContent()).isEqualTo("a");
    assertThat(p.byId("nope")).isEmpty();
  }

  @Test
  void declarativeShadowRootBecomesShadowTree() {
    Page p = HtmlSnapshot.parse("<div id=host><template shadowrootmode=open><b>in</b></template><i>light</i></div>", "t");
    Element host = p.byId("host").orElseThrow();
    assertThat(host.shadowRoot()).isNotNull();
    Element b = (Element) host.shadowRoot().children().get(0);
    assertThat(b.name()).isEqualTo("b");
    assertThat(b.composedParent()).isSameAs(host);
    assertThat(host.childElements().map(Element::name)).containsExactly("i");
  }

  @Test
  void srcdocIframeHasItsOwnPage() {
    Page p = HtmlSnapshot.parse("<iframe srcdoc=\"<img src=x>\"></iframe>", "t");
    Element iframe = p.select("iframe").get(0);
    assertThat(iframe.contentDocument().select("img")).hasSize(1);
  }

  @Test
  void staticCascadeResolvesInlineAndStyleBlocks() {
    Page p = HtmlSnapshot.parse("<style>.h{display:none} #v{visibility:hidden} p{color:red}</style>"
        + "<p class=h>a</p><p id=v style='color:blue'>b</p><p hidden>c</p><p>d</p>", "t");
    var ps = p.select("p");
    assertThat(Rendering.isRendered(ps.get(0))).isEqualTo(Tri.FALSE);
    assertThat(Rendering.isVisibilityHidden(ps.get(1))).isEqualTo(Tri.TRUE);
    assertThat(Rendering.style(ps.get(1), "color").declared()).contains("blue");
    assertThat(Rendering.isRendered(ps.get(2))).isEqualTo(Tri.FALSE);
    assertThat(Rendering.isVisible(ps.get(3))).isEqualTo(Tri.TRUE);
  }

  @Test
  void mediaQueryWithAFeatureStaticAnalysisCannotKnowMakesAPropertyUnknownNotGuessed() {
    Page p = HtmlSnapshot.parse("<style>@media (prefers-reduced-data: reduce) { p { display:none } }</style><p>x</p>", "t");
    assertThat(Rendering.isRendered(p.select("p").get(0))).isEqualTo(Tri.UNKNOWN);
  }

  @Test
  void unloadedStylesheetMarksStyleIncomplete() {
    Page p = HtmlSnapshot.parse("<link rel=stylesheet href=s.css><p>x</p>", "t");
    assertThat(p.isStyleComplete()).isFalse();
    Page q = HtmlSnapshot.parse("<link rel=stylesheet href=s.css><p>x</p>", "t", "",
        href -> Optional.of("p{display:none}"));
    assertThat(Rendering.isRendered(q.select("p").get(0))).isEqualTo(Tri.FALSE);
  }

  @Test
  void absurdlyDeepNestingDoesNotOverflow() {
    String html = "<div>".repeat(100_000) + "x";
    Page p = HtmlSnapshot.parse(html, "t");
    assertThat(p.elements()).isNotEmpty();
  }
}
