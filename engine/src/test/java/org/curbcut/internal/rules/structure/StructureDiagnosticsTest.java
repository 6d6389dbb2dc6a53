package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.AttributeValue;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.EnclosingLandmark;
import org.curbcut.rules.FocusableContent;
import org.curbcut.rules.HeadingLevels;
import org.curbcut.rules.IdReferences;
import org.curbcut.rules.LandmarkCount;
import org.curbcut.rules.LandmarkName;
import org.curbcut.rules.Name;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.Refresh;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleResult;
import org.curbcut.rules.SharedId;
import org.curbcut.rules.UnexpectedChild;
import org.curbcut.rules.UnexpectedParent;
import org.curbcut.rules.ViewportSetting;
import org.curbcut.rules.VisualWords;
import org.junit.jupiter.api.Test;

/** What the structure rules say they found, and that their messages are made from it. */
class StructureDiagnosticsTest {

  private static RuleResult first(Rule rule, String html) {
    return Fixtures.results(rule, html).stream().filter(r -> r.outcome() != Outcome.PASSED).findFirst().orElseThrow();
  }

  private static Diagnostic diagnostic(Rule rule, String body) {
    return first(rule, Fixtures.page(body)).diagnostic().orElseThrow();
  }

  @Test
  void headingOrderGivesBothLevels() {
    RuleResult r = first(new HeadingOrder(), Fixtures.page("<h1>A</h1><h4>B</h4>"));
    assertThat(r.diagnostic()).contains(new HeadingLevels(1, 4));
    assertThat(r.message()).isEqualTo("This heading jumps from level 1 to level 4, which suggests a missing section.");
  }

  @Test
  void duplicateIdGivesTheIdAndHowManyShareIt() {
    assertThat(diagnostic(new DuplicateId(), "<p id=x>1</p><p id=x>2</p><p id=x>3</p>")).isEqualTo(new SharedId("x", 3));
  }

  @Test
  void landmarksSayWhatTheyShareOrWhereTheySit() {
    assertThat(diagnostic(new LandmarkUnique(), "<nav aria-label=Menu>a</nav><nav aria-label=menu>b</nav>"))
        .isEqualTo(new LandmarkName("navigation", "menu"));
    assertThat(diagnostic(new LandmarkOneMain(), "<main>a</main><main>b</main>")).isEqualTo(new LandmarkCount("main", 2));
    EnclosingLandmark in = (EnclosingLandmark) diagnostic(new LandmarkBannerIsTopLevel(),
        "<main><div role=banner>b</div></main>");
    assertThat(in.role()).isEqualTo("main");
    assertThat(in.landmark().name()).isEqualTo("main");
  }

  @Test
  void metaElementsGiveTheirSettings() {
    String refresh = "<!DOCTYPE html><html lang=en><head><title>t</title><meta http-equiv=refresh content='30; url=/b'></head><body>x</body></html>";
    RuleResult r = first(new MetaRefresh(), refresh);
    assertThat(r.diagnostic()).contains(new Refresh(30, true));
    assertThat(r.message()).isEqualTo("The page redirects after 30 seconds, before some users have finished reading.");
    String viewport = "<!DOCTYPE html><html lang=en><head><title>t</title><meta name=viewport content='width=device-width, user-scalable=no'></head><body>x</body></html>";
    assertThat(first(new MetaViewport(), viewport).diagnostic()).contains(new ViewportSetting("user-scalable", "no"));
  }

  @Test
  void referencesNameTheAttributeAndTheId() {
    assertThat(diagnostic(new TdHeadersAttr(), "<table><tr><th id=h>H</th></tr><tr><td headers='h nope'>1</td></tr></table>"))
        .isEqualTo(IdReferences.of(IdReferences.Problem.OUTSIDE_TABLE, "headers", "nope"));
    assertThat(diagnostic(new SkipLinkTarget(), "<a href=#content>Skip to content</a><nav><a href=/a>A</a></nav><p>Text</p>"))
        .isEqualTo(IdReferences.of(IdReferences.Problem.MISSING, "href", "content"));
  }

  @Test
  void listsNameWhatDoesNotBelong() {
    assertThat(diagnostic(new ListStructure(), "<ul><li>a</li><div>b</div></ul>")).isEqualTo(new UnexpectedChild("<div>"));
    assertThat(diagnostic(new Listitem(), "<div><li>a</li></div>")).isEqualTo(new UnexpectedParent("div"));
  }

  @Test
  void valuesAndWordsArePassedOn() {
    assertThat(diagnostic(new TabindexPositive(), "<a href=/a tabindex=3>a</a>")).isEqualTo(new AttributeValue("tabindex", "3"));
    assertThat(first(new HtmlLangValid(), "<html lang=' xx '><title>t</title><p>x").diagnostic())
        .contains(new AttributeValue("lang", "xx"));
    assertThat(first(new DocumentTitleDescriptive(), "<html lang=en><title>Untitled  Document</title><p>x").diagnostic())
        .contains(new Name("Untitled Document"));
    VisualWords w = (VisualWords) diagnostic(new VisualReferenceAlternative(), "<p>Press the round button on the right.</p>");
    assertThat(w.words()).isNotEmpty().isSorted();
    assertThat(w.passages()).isEqualTo(1);
    FocusableContent f = (FocusableContent) diagnostic(new NestedInteractive(), "<a href=/a>x <button>y</button></a>");
    assertThat(f.role()).isEqualTo("link");
    assertThat(f.element().name()).isEqualTo("button");
    assertThat(first(new HtmlHasLang(), "<html><title>t</title><p>x").diagnostic()).isEmpty();
  }
}
