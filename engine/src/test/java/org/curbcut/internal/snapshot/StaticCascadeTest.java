package org.curbcut.internal.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.curbcut.snapshot.Device;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.StyleValue;
import org.curbcut.snapshot.Tri;
import org.curbcut.snapshot.UnknownStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The static cascade as {@link HtmlSnapshot} builds it: media, selectors, presentational hints, scripts. */
class StaticCascadeTest {

  // --- media queries, for the default device (a 1280×800 screen)

  @Test
  void aMatchingMediaQueryAppliesForCertain() {
    Page p = parse("<style>@media screen and (min-width: 1024px) { p { color: red } }</style><p>x</p>");
    assertThat(style(p, "p", "color").declared()).contains("red");
    assertThat(style(p, "p", "color").certain()).isTrue();
  }

  @Test
  void aCdataWrappedSheetOfAnHtmlPageIsDroppedAsBrowsersDo() {
    // CSS syntax reads "<![CDATA[" as an open [ block that runs to "]]": the sheet is one
    // unfinished prelude, so Chromium and Firefox apply none of it; an attribute selector is fine
    Page p = parse("<style><![CDATA[ p { display: none } ]]> b { color: red }</style><style>a[href] { color: red }</style>"
        + "<p>x <a href=/>y</a> <b>z</b></p>");
    assertThat(Rendering.isRendered(p.select("p").get(0))).isEqualTo(Tri.TRUE);
    assertThat(style(p, "b", "color").declared()).isEmpty();
    assertThat(style(p, "a", "color").declared()).contains("red");
  }

  @Test
  void aMediaQueryThatDoesNotMatchIsIgnored() {
    Page p = parse("<style>p { color: blue } @media (max-width: 600px) { p { color: red } }"
        + " @media print { p { display: none } }</style><p>x</p>");
    assertThat(style(p, "p", "color").declared()).contains("blue");
    assertThat(style(p, "p", "color").certain()).isTrue();
    assertThat(Rendering.isRendered(p.select("p").get(0))).isEqualTo(Tri.TRUE);
  }

  @Test
  void aMediaQueryWithAnUnknownFeatureMakesOnlyItsPropertiesUnknown() {
    Page p = parse("<style>p { color: blue; background: white }"
        + " @media (prefers-reduced-data: reduce) { p { color: red } }</style><p>x</p>");
    assertThat(style(p, "p", "color").unevaluated()).isTrue();
    assertThat(style(p, "p", "background-color").certain()).isTrue();
  }

  @Test
  void theMediaOfAStyleElementOrALinkCounts() {
    Page p = parse("<style media=print>p { display: none }</style><style media='(min-width: 2000px)'>p { color: red }</style>"
        + "<style media='screen'>p { background: white }</style><p>x</p>");
    assertThat(Rendering.isRendered(p.select("p").get(0))).isEqualTo(Tri.TRUE);
    assertThat(style(p, "p", "color").declared()).isEmpty();
    assertThat(style(p, "p", "background-color").declared()).contains("white");

    Page unknown = parse("<style media='(prefers-reduced-data: reduce)'>p { color: red }</style><p>x</p>");
    assertThat(style(unknown, "p", "color").unevaluated()).isTrue();
  }

  @Test
  void aStyleSheetForPrintIsNotLoadedAndLeavesTheStyleComplete() {
    java.util.List<String> asked = new java.util.ArrayList<>();
    Page p = HtmlSnapshot.parse("<link rel=stylesheet media=print href=print.css><p>x</p>", "t", "", href -> {
      asked.add(href);
      return Optional.empty();
    });
    assertThat(p.isStyleComplete()).isTrue();
    assertThat(asked).isEmpty();
    Page screen = HtmlSnapshot.parse("<link rel=stylesheet media='screen and (min-width: 40em)' href=s.css><p>x</p>", "t", "",
        href -> Optional.of("p { color: red }"));
    assertThat(style(screen, "p", "color").declared()).contains("red");
  }

  @Test
  void anImportForPrintLeavesTheStyleComplete() {
    assertThat(parse("<style>@import url(print.css) print; p { color: red }</style><p>x</p>").isStyleComplete()).isTrue();
    assertThat(parse("<style>@import 'all.css'; p { color: red }</style><p>x</p>").isStyleComplete()).isFalse();
  }

  @Test
  void thePageCanBeReadAgainForAnotherDevice() {
    String html = "<style>@media (max-width: 600px) { p { display: none } }</style><p>x</p>";
    Page desktop = parse(html);
    assertThat(desktop.device()).isEqualTo(Device.DEFAULT);
    assertThat(desktop.forDevice(Device.DEFAULT)).isSameAs(desktop);
    Page phone = desktop.forDevice(Device.DEFAULT.withViewport(375, 667));
    assertThat(phone.device().width()).isEqualTo(375);
    assertThat(Rendering.isRendered(desktop.select("p").get(0))).isEqualTo(Tri.TRUE);
    assertThat(Rendering.isRendered(phone.select("p").get(0))).isEqualTo(Tri.FALSE);
    Page direct = HtmlSnapshot.parse(html, "t", "", href -> Optional.empty(), null, Device.DEFAULT.withViewport(375, 667));
    assertThat(Rendering.isRendered(direct.select("p").get(0))).isEqualTo(Tri.FALSE);
  }

  @Test
  void whatARuleForTheZoomedPageDeclaresIsMarked() {
    // 200% zoom of the 1280px screen: 640px at 2dppx
    Page p = parse("<style>@media (max-width: 700px) { #a { width: 10px } } @media (min-width: 1000px) { #b { height: 5px } }"
        + " @media (min-width: 300px) { #c { width: 10px } }</style><link rel=stylesheet media='(max-width: 700px)' href=m.css>"
        + "<p id=a>a</p><p id=b>b</p><p id=c>c</p><p id=d>d</p>");
    assertThat(Rendering.changesWhenZoomed(p.byId("a").orElseThrow(), "width")).isTrue();
    assertThat(styleOf(p, "a", "width").declared()).isEmpty();
    assertThat(Rendering.changesWhenZoomed(p.byId("b").orElseThrow(), "height")).isTrue();
    assertThat(styleOf(p, "b", "height").declared()).contains("5px");
    assertThat(Rendering.changesWhenZoomed(p.byId("c").orElseThrow(), "width")).isFalse();
    // a sheet only the zoomed page would use does not make this screen's style incomplete
    assertThat(p.isStyleComplete()).isTrue();
  }

  // --- selectors, one at a time

  @Test
  void linkMatchesLinksWithAnHrefAndVisitedNeverMatches() {
    Page p = parse("<style>a:link { color: green } a:visited { color: purple } :any-link { background: white }</style>"
        + "<a id=l href=/x>l</a><a id=n name=n>n</a><area id=r href=/y>");
    assertThat(styleOf(p, "l", "color").declared()).contains("green");
    assertThat(styleOf(p, "l", "color").certain()).isTrue();
    assertThat(styleOf(p, "l", "background-color").declared()).contains("white");
    assertThat(styleOf(p, "n", "color").declared()).isEmpty();
    assertThat(styleOf(p, "n", "color").certain()).isTrue();
    assertThat(styleOf(p, "r", "background-color").declared()).contains("white");
  }

  @Test
  void aSelectorStaticAnalysisCannotEvaluateDoesNotPoisonTheOthers() {
    Page p = parse("<style>a:visited, p { color: red } .x:lang(fr), h2 { color: blue }</style>"
        + "<p>p</p><h2>h</h2><div class=x id=x>x</div><div id=y>y</div>");
    assertThat(style(p, "p", "color").declared()).contains("red");
    assertThat(style(p, "p", "color").certain()).isTrue();
    assertThat(style(p, "h2", "color").declared()).contains("blue");
    assertThat(style(p, "h2", "color").certain()).isTrue();
    // only what :lang() may match is unknown
    assertThat(styleOf(p, "x", "color").unevaluated()).isTrue();
    assertThat(styleOf(p, "y", "color").unevaluated()).isFalse();
    assertThat(p.isStyleComplete()).isTrue();
  }

  @Test
  void aPseudoClassNoBrowserKnowsMakesItsWholeListUncertain() {
    // an invalid selector invalidates the list in a browser that does not know it
    Page p = parse("<style>.x:frobbed, h2 { color: blue }</style><h2>h</h2><p class=x id=x>x</p><p id=y>y</p>");
    assertThat(style(p, "h2", "color").unevaluated()).isTrue();
    assertThat(styleOf(p, "x", "color").unevaluated()).isTrue();
    assertThat(styleOf(p, "y", "color").unevaluated()).isFalse();
  }

  @Test
  void anUnreadableSelectorDropsItsRuleAsBrowsersDo() {
    Page p = parse("<style>.a&gt; p, h2 { color: red } <![CDATA[ p { display: none } h2 { background: white }</style>"
        + "<h2>h</h2><p>x</p>");
    assertThat(style(p, "h2", "color").declared()).isEmpty();
    assertThat(style(p, "h2", "color").certain()).isTrue();
    assertThat(Rendering.isRendered(p.select("p").get(0))).isEqualTo(Tri.TRUE);
    // "<![CDATA[" opens a [ block that nothing closes: it swallows the rest of the sheet (CSS Syntax; checked in Chromium)
    assertThat(style(p, "h2", "background-color").declared()).isEmpty();
    assertThat(style(p, "h2", "background-color").certain()).isTrue();
    assertThat(p.isStyleComplete()).isTrue();
  }

  @Test
  void statesAtRestAndStandardPseudoClasses() {
    Page p = parse("<style>a:not(:hover) { color: gray } a:hover { color: red } button:disabled { color: silver }"
        + " div:disabled { color: red } p:where(.big) { color: teal } p { color: navy }</style>"
        + "<a href=/ id=a>a</a><button id=b disabled>b</button><div id=d>d</div><p class=big id=p>p</p>");
    assertThat(styleOf(p, "a", "color").declared()).contains("gray");
    assertThat(styleOf(p, "a", "color").certain()).isTrue();
    assertThat(styleOf(p, "b", "color").unevaluated()).isTrue();
    assertThat(styleOf(p, "d", "color").unevaluated()).isFalse(); // a div is never :disabled
    assertThat(styleOf(p, "p", "color").declared()).contains("navy"); // :where() adds no specificity
  }

  @Test
  void aRuleAfterAStrayCdataMarkerIsDroppedWithWhatItNests() {
    // spiceworks.html: "<![CDATA[ @media ... { .x { ... } } ]]>" in a style element
    Page p = parse("<style><![CDATA[ @media only screen and (min-width: 1px) { #a { color: red } } ]]> p { color: navy }"
        + " #b { color: teal }</style><p id=a>a</p><div id=b>b</div>");
    assertThat(p.isStyleComplete()).isTrue();
    // "]]> p" is no selector either: browsers drop that rule too; the next one applies
    assertThat(styleOf(p, "a", "color").declared()).isEmpty();
    assertThat(styleOf(p, "a", "color").certain()).isTrue();
    assertThat(styleOf(p, "b", "color").declared()).contains("teal");
    // everything between the markers goes, and the rule after them
    Page q = parse("<style><![CDATA[ #a { color: red } #b { color: red } ]]> #c { color: red } #d { color: teal }</style>"
        + "<p id=a>a</p><p id=b>b</p><p id=c>c</p><p id=d>d</p>");
    assertThat(q.isStyleComplete()).isTrue();
    for (String id : List.of("a", "b", "c")) assertThat(styleOf(q, id, "color").declared()).as(id).isEmpty();
    assertThat(styleOf(q, "d", "color").declared()).contains("teal");
    // real nesting stays unknown
    assertThat(parse("<style>.card { color: red; .x { color: blue } }</style><p>p</p>").isStyleComplete()).isFalse();
  }

  @Test
  void aControlCheckedByItsMarkupMayBeCheckedAtRest() {
    // the tabs of wikia.html: the checked radio button's label is styled by ":checked ~ label"
    Page p = parse("<style>[type=radio]:checked ~ label { color: #1a5eb8 } label { color: #aaa }</style>"
        + "<ul><li><input type=radio name=t checked><label id=on>Trending</label></li>"
        + "<li><input type=radio name=t><label id=off>Latest</label></li></ul>");
    assertThat(styleOf(p, "on", "color").unevaluated()).isTrue();
    assertThat(Rendering.unknownBecause(p.byId("on").orElseThrow(), "color")).contains(UnknownStyle.SELECTOR);
    // a radio button without the attribute is not checked at rest
    assertThat(styleOf(p, "off", "color").declared()).contains("#aaa");
    assertThat(styleOf(p, "off", "color").certain()).isTrue();
  }

  @Test
  void vendorPseudoClassesOfOtherBrowsersMatchNothing() {
    Page p = parse("<style>input:-ms-input-placeholder { color: red } .v:-moz-full-screen { display: none }</style>"
        + "<input id=i><div class=v id=v>v</div>");
    assertThat(styleOf(p, "i", "color").declared()).isEmpty();
    assertThat(Rendering.isRendered(p.byId("v").orElseThrow())).isEqualTo(Tri.TRUE);
  }

  // --- presentational hints

  @Test
  void presentationalHintsComeBeforeAuthorStyleSheets() {
    Page p = parse("<style>.s { color: blue } * { background-color: transparent }</style>"
        + "<font id=f color=red>f</font><font id=s class=s color=red>s</font><font id=i color=red style='color: lime'>i</font>"
        + "<table id=t bgcolor=yellow><tr><td>x</table>");
    assertThat(styleOf(p, "f", "color").declared()).contains("red");
    assertThat(styleOf(p, "f", "color").certain()).isTrue();
    assertThat(styleOf(p, "s", "color").declared()).contains("blue");
    assertThat(styleOf(p, "i", "color").declared()).contains("lime");
    // a universal selector (specificity 0, an author sheet) beats the hint
    assertThat(styleOf(p, "t", "background-color").declared()).contains("transparent");
  }

  @Test
  void bodyAttributesColourTheTextAndTheLinks() {
    Page p = parse("<body text=#333333 bgcolor=white link=green><a id=a href=/>a</a>");
    assertThat(style(p, "body", "color").declared()).contains("#333333");
    assertThat(style(p, "body", "background-color").declared()).contains("white");
    assertThat(styleOf(p, "a", "color").declared()).contains("green");
  }

  @Test
  void hiddenIsTheUserAgentsAndAuthorsCanOverrideIt() {
    Page p = parse("<style>.shown { display: block }</style><p hidden id=h>h</p><p hidden class=shown id=s>s</p>");
    assertThat(Rendering.isRendered(p.byId("h").orElseThrow())).isEqualTo(Tri.FALSE);
    assertThat(Rendering.isRendered(p.byId("s").orElseThrow())).isEqualTo(Tri.TRUE);
  }

  // --- a page hidden until a script shows it

  @Test
  void aDocumentHiddenByStyleOnAPageWithScriptsIsUnknown() {
    String hide = "<style>html { display: none }</style>";
    String script = "<script>if (self == top) document.documentElement.style.display = 'block';</script>";
    Page scripted = parse(hide + script + "<p>x</p>");
    assertThat(Rendering.isRendered(scripted.select("p").get(0))).isEqualTo(Tri.UNKNOWN);
    Page plain = parse(hide + "<p>x</p>");
    assertThat(Rendering.isRendered(plain.select("p").get(0))).isEqualTo(Tri.FALSE);
    Page data = parse(hide + "<script type=application/ld+json>{}</script><p>x</p>");
    assertThat(Rendering.isRendered(data.select("p").get(0))).isEqualTo(Tri.FALSE);
  }

  @Test
  void aBodyHiddenOrTransparentOnAPageWithScriptsIsUnknown() {
    Page p = parse("<style>body { visibility: hidden } .async-hide { opacity: 0 }</style>"
        + "<script src=show.js></script><body class=async-hide><p>x</p>");
    Element para = p.select("p").get(0);
    assertThat(Rendering.isVisibilityHidden(para)).isEqualTo(Tri.UNKNOWN);
    assertThat(Rendering.style(p.body().orElseThrow(), "opacity").unevaluated()).isTrue();
    Page hiddenElsewhere = parse("<style>.x { display: none }</style><script></script><p class=x>x</p>");
    assertThat(Rendering.isRendered(hiddenElsewhere.select("p").get(0))).isEqualTo(Tri.FALSE);
  }

  @Test
  void anUnknownPropertySaysWhy() {
    Page p = parse("<style>@media (prefers-reduced-data: reduce) { #m { color: red } } @supports (gap: 1px) { #c { color: red } }"
        + " #s:lang(fr) { color: red } html { display: none } #k { color: red }</style><script></script>"
        + "<p id=m>m</p><p id=c>c</p><p id=s>s</p><p id=k>k</p>");
    assertThat(Rendering.unknownBecause(p.byId("m").orElseThrow(), "color")).contains(UnknownStyle.MEDIA_QUERY);
    assertThat(Rendering.unknownBecause(p.byId("c").orElseThrow(), "color")).contains(UnknownStyle.CONDITIONAL_RULE);
    assertThat(Rendering.unknownBecause(p.byId("s").orElseThrow(), "color")).contains(UnknownStyle.SELECTOR);
    assertThat(Rendering.unknownBecause(p.root(), "display")).contains(UnknownStyle.SCRIPT);
    assertThat(Rendering.unknownBecause(p.byId("k").orElseThrow(), "color")).isEmpty();
    assertThat(Rendering.unknownBecause(p.byId("k").orElseThrow())).isEmpty();
  }

  private static Page parse(String html) {
    return HtmlSnapshot.parse(html, "t");
  }

  private static StyleValue style(Page p, String selector, String property) {
    return Rendering.style(p.select(selector).get(0), property);
  }

  private static StyleValue styleOf(Page p, String id, String property) {
    return Rendering.style(p.byId(id).orElseThrow(), property);
  }
}
