package org.curbcut.internal.rules.visual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.RuleResult;
import org.junit.jupiter.api.Test;

class ColorContrastTest {
  private final ColorContrast rule = new ColorContrast();

  private Outcome outcome(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void passesDarkTextOnWhite() {
    assertThat(outcome("<p style='color:#333;background:#fff'>Some text</p>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome("<p>Default colours</p>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsLightGreyTextWithTheRatioInTheMessage() {
    List<RuleResult> r = Fixture.results(rule, "<p style='color:#777;background:#fff'>Some text</p>");
    assertThat(Fixture.outcome(r)).isEqualTo(Outcome.FAILED);
    assertThat(r.get(0).message())
        .isEqualTo("Text contrast 4.47:1 (#777777 on #ffffff) is below 4.5:1; #767676 on #ffffff would give 4.54:1.");
  }

  @Test
  void proposesTheNearestPassingTextColourOrElseABackground() {
    List<RuleResult> grey = Fixture.results(rule, "<p style='color:#999;background:#fff'>Some text</p>");
    assertThat(grey.get(0).message())
        .isEqualTo("Text contrast 2.84:1 (#999999 on #ffffff) is below 4.5:1; #767676 on #ffffff would give 4.54:1.");
    List<RuleResult> dark = Fixture.results(rule, "<p style='color:#000;background:#333'>Some text</p>");
    assertThat(dark.get(0).message()).isEqualTo("Text contrast 1.66:1 (#000000 on #333333) is below 4.5:1; "
        + "no shade of the text colour reaches it, but #000000 on #757575 would give 4.55:1.");
    List<RuleResult> aaa = Fixture.results(new ColorContrastEnhanced(), "<p style='color:#777;background:#fff'>Some text</p>");
    assertThat(aaa.get(0).message())
        .isEqualTo("Text contrast 4.47:1 (#777777 on #ffffff) is below 7:1; #595959 on #ffffff would give 7:1.");
  }

  @Test
  void findsLowContrastDeclaredInAStyleSheetAndInheritedFromAnAncestor() {
    String html = "<style>.footer{background:#222}.footer p{color:#555}</style>"
        + "<div class=footer><p>Copyright <span>2026</span></p></div>";
    assertThat(outcome(html)).isEqualTo(Outcome.FAILED);
  }

  @Test
  void anH1IsSmallerInsideSectioningContent() {
    // #000 on #666 is 3.66:1: enough for large text only
    assertThat(outcome("<article><h1 style='color:#000;background:#666'>Heading 24px</h1></article>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome("<section><article><aside><h1 style='color:#000;background:#666'>Heading 16px</h1></aside></article></section>"))
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void readsTheColourAndSizeOfPresentationalAttributes() {
    assertThat(outcome("<font color=#999>Grey words</font>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome("<table bgcolor=#000><tr><td><font color=#333>Dark on black</font></table>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome("<div style='background:#666'><font size=5>Large words</font></div>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome("<div style='background:#666'><font size=2>Small words</font></div>")).isEqualTo(Outcome.FAILED);
    List<RuleResult> body = Fixture.results(rule, "<style>body{background:#fff}</style><p>Words</p>", Map.of());
    assertThat(Fixture.outcome(body)).isEqualTo(Outcome.PASSED);
  }

  @Test
  void decidesWithLinkSelectorsAndMediaQueriesOfTheAuditedScreen() {
    assertThat(outcome("<style>a:link{color:#aaa} a:visited{color:#000}</style><a href=/x>Pale link</a> <p>Plain text</p>"))
        .isEqualTo(Outcome.FAILED);
    assertThat(outcome("<style>p{color:#333} @media (max-width:600px){p{color:#eee}}</style><p>Dark text</p>"))
        .isEqualTo(Outcome.PASSED);
    assertThat(outcome("<style>p{color:#333} @media (min-width:600px){p{color:#eee}}</style><p>Pale text</p>"))
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void aCantTellSaysWhyTheStyleIsUnknown() {
    assertThat(keys("<style>@media (prefers-reduced-data: reduce) { p { color: #eee } }</style><p>Some text</p>"))
        .containsExactly("unknown-style-media-query");
    assertThat(keys("<style>p:lang(fr) { color: #eee }</style><p>Some text</p>")).containsExactly("unknown-style-selector");
    assertThat(keys("<style>@supports (display: grid) { p { display: none } }</style><p>Some text</p>"))
        .containsExactly("unknown-visibility-conditional-rule");
    assertThat(keys("<style>html { display: none }</style><script>if (self == top) show();</script><p>Some text</p>"))
        .containsExactly("unknown-visibility-script");
    // with a style sheet that could not be read, that sheet is the reason (it may set anything but style attributes)
    assertThat(keys("<link rel=stylesheet href=gone.css><style>p:lang(fr) { color: #eee }</style><p>Some text</p>"))
        .containsExactly("unread-sheets");
    assertThat(keys("<link rel=stylesheet href=gone.css><style>p { color: #777 }</style><p>Some text</p>"))
        .containsExactly("unread-sheets");
    // a sheet that was read is no such reason, nor one for print only
    assertThat(Fixture.results(rule, "<link rel=stylesheet href=here.css><p>Some text</p>", Map.of("here.css", "p{color:#777}"))
        .stream().map(RuleResult::messageKey).toList()).containsExactly("below-suggest-text");
    assertThat(keys("<link rel=stylesheet media=print href=gone.css><style>p { color: #777 }</style><p>Some text</p>"))
        .containsExactly("below-suggest-text");
  }

  private List<String> keys(String html) {
    return Fixture.results(rule, html).stream().map(RuleResult::messageKey).toList();
  }

  @Test
  void largeTextNeedsOnly3To1() {
    assertThat(outcome("<p style='color:#000;font-size:18pt;background:#666'>Large</p>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome("<p style='color:#000;font-size:14pt;font-weight:bold;background:#666'>Bold</p>"))
        .isEqualTo(Outcome.PASSED);
    assertThat(outcome("<h1 style='color:#000;background:#666'>Heading 32px</h1>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome("<p style='color:#000;font-size:14pt;background:#666'>Not bold</p>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void compositesTransparencyAndOpacity() {
    assertThat(outcome("<p style='color:rgba(0,0,0,.3);background:#fff'>Faint</p>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome("<div style='background:#fff'><p style='color:#000;opacity:.3'>Faint</p></div>"))
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void measuresEveryColourOfAGradient() {
    assertThat(outcome("<p style='color:#333;background:linear-gradient(to right,#fff,#ddd)'>Text</p>"))
        .isEqualTo(Outcome.PASSED);
    // the text may sit on the white end only (it passes there) or on the blue end (it fails there)
    assertThat(outcome("<p style='color:#333;background:linear-gradient(to right,#fff,#00f)'>Text</p>"))
        .isEqualTo(Outcome.CANT_TELL);
    assertThat(outcome("<p style='color:#aaa;background:linear-gradient(to right,#fff,#00f)'>Text</p>"))
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void cannotTellOverABackgroundImage() {
    assertThat(outcome("<p style=\"color:#555;background:black url('x.jpg')\">Text</p>")).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void cannotTellOverPositionedImagesOrWithUnreadStyleSheets() {
    String hero = "<section style='position:relative'><img src=h.jpg alt='' style='position:absolute;inset:0'>"
        + "<h2 style='color:#fff'>Welcome</h2></section>";
    assertThat(outcome(hero)).isEqualTo(Outcome.CANT_TELL);
    assertThat(Fixture.outcome(Fixture.results(rule, "<link rel=stylesheet href=site.css><p>Text</p>", Map.of())))
        .isEqualTo(Outcome.CANT_TELL);
    assertThat(Fixture.outcome(Fixture.results(rule, "<link rel=stylesheet href=site.css><p>Text</p>",
        Map.of("site.css", "p{color:#999}")))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void cannotTellWithTextShadowThatDoesNotSurroundTheText() {
    assertThat(outcome("<p style='color:#777;background:#fff;text-shadow:1px 1px 0 #000'>Text</p>"))
        .isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void inapplicableToHiddenAndDisabledText() {
    assertThat(outcome("<p style='display:none;color:#eee'>Hidden</p>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<button disabled style='color:#777;background:#eee'>Off</button>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<label style='color:#888'>Name <input disabled></label>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<svg><text>SVG</text></svg>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void usesTheUserAgentLinkColours() {
    assertThat(outcome("<a href=/x>A link</a>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void singleCharacterIconsAreNotJudged() {
    assertThat(outcome("<button style='color:#666;background:#000' aria-label=Close>X</button>"))
        .isEqualTo(Outcome.CANT_TELL);
    assertThat(outcome("<a href=/ style='color:#666;background:#000'>\u203a</a>")).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void aLoneDigitOrLetterIsText() {
    // a rank, a footnote mark: text in a human language, judged as text
    assertThat(outcome("<span style='color:#666;background:#000'>1</span>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome("<sup style='color:#666;background:#000'>a</sup>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome("<span style='color:#fff;background:#000'>7</span>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void textsLeftUndecidedByAnUnreadSheetAreOneFindingOnThatSheet() {
    List<RuleResult> r = Fixture.results(rule, "<link rel=stylesheet href=gone.css>"
        + "<link rel=stylesheet href=also-gone.css><p>One</p><p>Two</p><p style='color:#777 !important'>Three</p>");
    assertThat(r).extracting(RuleResult::outcome).containsExactly(Outcome.CANT_TELL);
    RuleResult page = r.get(0);
    assertThat(page.target().name()).isEqualTo("link");
    assertThat(page.diagnostic()).contains(new org.curbcut.rules.UnreadStyleSheets(List.of("gone.css", "also-gone.css"), 3));
    assertThat(page.message()).isEqualTo("The colours of 3 texts on this page cannot be checked: 2 style sheets, the first "
        + "gone.css, were not read (not found, or not fetched). Audit the page with its style sheets (from its address, "
        + "or with them beside the file) to have them checked.");
    // an @import that was not read is such a sheet too, named by its <style>
    List<RuleResult> imported = Fixture.results(rule, "<style>@import 'gone.css'; p { color: #000 }</style><p>One</p>");
    assertThat(imported).singleElement().satisfies(x -> {
      assertThat(x.target().name()).isEqualTo("style");
      assertThat(x.message()).startsWith("The colours of 1 text on this page cannot be checked: the style sheet @import was");
    });
  }

  @Test
  void enhancedContrastNeeds7To1() {
    assertThat(Fixture.outcome(new ColorContrastEnhanced(), "<p style='color:#666;background:#fff'>Text</p>"))
        .isEqualTo(Outcome.FAILED);
    assertThat(Fixture.outcome(new ColorContrastEnhanced(), "<p style='color:#333;background:#fff'>Text</p>"))
        .isEqualTo(Outcome.PASSED);
  }

  /** The offscreen container a social widget parks its cross-domain frames in (wikia.html). */
  private static final String PARKED_FRAMES = "<div style='position:absolute;top:-10000px;height:0;width:0'>"
      + "<div><iframe></iframe><iframe></iframe></div></div>";

  @Test
  void framesParkedFarAboveThePageLieUnderNoText() {
    // #999 on white is 2.85:1 wherever the text is: the frames cannot reach back 10,000px
    assertThat(outcome(PARKED_FRAMES + "<p style='color:#999'>Grey text</p>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome(PARKED_FRAMES.replace("-10000px", "-9999px") + "<p style='color:#333'>Dark text</p>"))
        .isEqualTo(Outcome.PASSED);
    // a relay frame of 1x1px, 100px above the page (links-in-tables.html)
    assertThat(outcome("<iframe style='width:1px;height:1px;position:absolute;top:-100px'></iframe>"
        + "<p style='color:#999'>Grey text</p>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void aBoxMovedOutOnlyALittleOrHoldingWhatMayReachBackStillMayLieUnderText() {
    String grey = "<p style='color:#999'>Grey text</p>";
    // two frames of 300x150 reach further back than 100px
    assertThat(TextContrast.reasons()).contains("overlap");
    assertThat(reason(PARKED_FRAMES.replace("-10000px", "-100px") + grey)).isEqualTo("overlap");
    // a frame of its default 300x150 reaches back over 100px; so may one sized in relative units
    assertThat(reason("<iframe style='position:absolute;top:-100px'></iframe>" + grey)).isEqualTo("overlap");
    assertThat(reason("<iframe style='width:1px;height:10em;position:absolute;top:-100px'></iframe>" + grey))
        .isEqualTo("overlap");
    // an image's size is its own; text, and positioned content, may be anywhere
    assertThat(reason("<div style='position:absolute;top:-10000px'><img src=a.png alt=''></div>" + grey)).isEqualTo("overlap");
    assertThat(reason("<div style='position:absolute;top:-10000px'><iframe style='position:absolute;top:10000px'></iframe></div>"
        + grey)).isEqualTo("overlap");
    assertThat(reason("<div style='position:absolute;top:-10000px'><iframe style='margin-top:10em'></iframe></div>" + grey))
        .isEqualTo("overlap");
    // with a bottom offset too, the box stretches down to the page
    assertThat(reason("<div style='position:absolute;top:-10000px;bottom:0'><iframe></iframe></div>" + grey)).isEqualTo("overlap");
  }

  @Test
  void aPseudoElementBoxShownOnlyOnHoverIsNotThereAtRest() {
    String page = "<style>.card:hover .shade:after{content:'';position:absolute;top:0;left:0;width:100%;height:100%;"
        + "background:black;opacity:.6}</style><div class=card style='position:relative'><p class=shade style='color:#999'>"
        + "Grey text</p></div>";
    assertThat(outcome(page)).isEqualTo(Outcome.FAILED);
    // at rest, the same box may cover the text
    assertThat(reason(page.replace(".card:hover", ".card"))).isEqualTo("overlap");
    assertThat(reason(page.replace(".card:hover", ".card:not(:hover)"))).isEqualTo("overlap");
  }

  private String reason(String html) {
    var page = Fixture.page(html);
    TextContrast contrast = new TextContrast(new org.curbcut.rules.RuleContext(page));
    for (var t : contrast.targets().entrySet()) {
      TextContrast.Result r = contrast.evaluate(t.getKey(), t.getValue());
      if (r.kind() == TextContrast.Kind.CANT_TELL) return r.reason();
    }
    return null;
  }

  @Test
  void theLabelOfACheckedTabIsNotReadAsUnchecked() {
    String tabs = "<style>[type=radio]:checked ~ label { color: #1a5eb8 } label { color: #aaa }</style>"
        + "<input type=radio name=t id=a checked><label for=a>Trending</label>";
    // the checked colour (6.3:1) or the pale one (2.32:1): the checked attribute may lose to a later radio of its group
    assertThat(keys(tabs)).containsExactly("unknown-style-selector");
    assertThat(keys(tabs.replace(" checked>", ">"))).containsExactly("below-suggest-text");
  }
}
