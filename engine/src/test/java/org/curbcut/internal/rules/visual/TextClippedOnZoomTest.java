package org.curbcut.internal.rules.visual;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class TextClippedOnZoomTest {
  private static final String LONG = "Once upon a midnight dreary, while I pondered, weak and weary, Over many a quaint and "
      + "curious volume of forgotten lore. While I nodded, nearly napping, suddenly there came a tapping.";

  private static Outcome outcome(String html) {
    return Fixture.outcome(new TextClippedOnZoom(), html);
  }

  @Test
  void failsTextThatCannotFitAFixedHeight() {
    assertThat(outcome("<div style='overflow:hidden;height:1.5em;font-size:16px'>" + LONG + "</div>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome("<div style='overflow-y:hidden;height:10px;white-space:nowrap;font-size:16px'>" + LONG + "</div>"))
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void aMediaQueryDecidesOnlyWhenTheZoomedViewportAnswersItTheSame() {
    // at 200% zoom a 1280px screen is 640px wide at 2dppx
    String css = ".c { overflow: hidden; height: 1.5em; font-size: 16px }";
    String text = "<div class=c>" + LONG + "</div>";
    assertThat(outcome("<style>@media screen and (min-width: 300px) { " + css + " }</style>" + text)).isEqualTo(Outcome.FAILED);
    assertThat(outcome("<style>@media (max-width: 400px) { " + css + " }</style>" + text)).isEqualTo(Outcome.INAPPLICABLE);
    for (String differs : new String[] {"(max-width: 640px)", "(min-width: 1024px)", "(min-resolution: 2dppx)"}) {
      assertThat(outcome("<style>@media " + differs + " { " + css + " }</style>" + text)).as(differs).isEqualTo(Outcome.CANT_TELL);
    }
    assertThat(outcome("<style>@media (max-width: 640px) { .c { display: none } }</style><div class=c style='overflow:hidden;"
        + "height:1.5em;font-size:16px'>" + LONG + "</div>")).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void failsNowrapTextInANarrowBox() {
    assertThat(outcome("<div style='overflow-x:hidden;white-space:nowrap;width:50px;height:16px;line-height:16px'>"
        + LONG + "</div>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void passesEllipsisAndSingleLineBoxes() {
    assertThat(outcome("<div style='overflow:hidden;white-space:nowrap;text-overflow:ellipsis;height:16px;line-height:16px'>"
        + LONG + "</div>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome("<div style='overflow:hidden;height:16px;line-height:16px;font-size:16px'>" + LONG + "</div>"))
        .isEqualTo(Outcome.PASSED);
    assertThat(outcome("<body><div style='overflow-x:hidden'>" + LONG + "</div>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void textsLeftUndecidedByAnUnreadSheetAreOneFindingOnThatSheet() {
    var results = Fixture.results(new TextClippedOnZoom(), "<link rel=stylesheet href=gone.css><p>" + LONG + "</p><p>Two</p>");
    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.outcome()).isEqualTo(Outcome.CANT_TELL);
      assertThat(r.target().name()).isEqualTo("link");
      assertThat(r.messageKey()).isEqualTo("unread-sheets");
      assertThat(r.diagnostic()).contains(new org.curbcut.rules.UnreadStyleSheets(java.util.List.of("gone.css"), 2));
    });
  }

  @Test
  void saysWhenWhetherABoxClipsIsWhatIsUnknown() {
    var results = Fixture.results(new TextClippedOnZoom(), "<style>@media (prefers-reduced-data: reduce) "
        + "{ div { overflow: hidden; height: 10px } }</style><div>" + LONG + "</div>");
    assertThat(results).extracting(r -> r.target().name() + " " + r.messageKey()).containsExactly("div unknown-overflow");
  }

  @Test
  void cannotTellWhatLayoutDecides() {
    assertThat(outcome("<div style='overflow:hidden;height:100px'>" + LONG + "</div>")).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void inapplicableWithoutClippingOrWhenHidden() {
    assertThat(outcome("<div style='overflow:auto;height:1.5em'>" + LONG + "</div>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<div style='overflow:hidden;height:10px'><span aria-hidden=true>" + LONG + "</span></div>"))
        .isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<div style='overflow:hidden;max-height:0'>" + LONG + "</div>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
