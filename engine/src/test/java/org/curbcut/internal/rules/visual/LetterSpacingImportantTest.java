package org.curbcut.internal.rules.visual;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class LetterSpacingImportantTest {
  private static Outcome outcome(String html) {
    return Fixture.outcome(new LetterSpacingImportant(), html);
  }

  @Test
  void passesWideImportantSpacing() {
    assertThat(outcome("<p style='letter-spacing:0.15em !important'>Text</p>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome("<style>p{font-size:25px}</style><p style='letter-spacing:3px !important'>Text</p>"))
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsNarrowImportantSpacing() {
    assertThat(outcome("<p style='letter-spacing:0.1em !important'>Text</p>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome("<p style='letter-spacing:normal !important'>Text</p>")).isEqualTo(Outcome.FAILED);
    var r = Fixture.results(new LetterSpacingImportant(), "<p style='letter-spacing:1px !important'>Text</p>");
    assertThat(r.get(0).message()).isEqualTo("letter-spacing 1px !important is 0.06 times the font size, below 0.12, and readers cannot override it.");
  }

  @Test
  void followsInheritanceToTheDeclaration() {
    assertThat(outcome("<div style='font-size:16px;letter-spacing:2px !important'><p style='font-size:10px'>Text</p></div>"))
        .isEqualTo(Outcome.PASSED);
    assertThat(outcome("<p style='letter-spacing:0.1em'><span style='letter-spacing:inherit !important'>Text</span></p>"))
        .isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void inapplicableWithoutImportantStyleAttributeOrVisibleText() {
    assertThat(outcome("<p style='letter-spacing:0.1em'>Text</p>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<style>p{letter-spacing:0.1em !important}</style><p style='letter-spacing:0.15em'>Text</p>"))
        .isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<p style='display:none;letter-spacing:0.1em !important'>Text</p>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<div style='letter-spacing:0.1em !important'></div>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void cannotTellWhenTheValueCannotBeResolved() {
    assertThat(outcome("<p style='letter-spacing:calc(1px + 0.1em) !important'>Text</p>")).isEqualTo(Outcome.CANT_TELL);
  }
}
