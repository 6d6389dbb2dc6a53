package org.curbcut.internal.rules.visual;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class WordSpacingImportantTest {
  private static Outcome outcome(String html) {
    return Fixture.outcome(new WordSpacingImportant(), html);
  }

  @Test
  void passesAtOrAbove016em() {
    assertThat(outcome("<p style='word-spacing:0.2em !important'>Some words</p>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome("<style>p{font-size:25px}</style><p style='word-spacing:4px !important'>Some words</p>"))
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsBelow016em() {
    assertThat(outcome("<p style='word-spacing:0.1em !important'>Some words</p>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome("<p style='word-spacing:initial !important'>Some words</p>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void theLaterImportantDeclarationWins() {
    assertThat(outcome("<p style='word-spacing:0.1em !important; word-spacing:0.2em !important'>Words</p>"))
        .isEqualTo(Outcome.PASSED);
    assertThat(outcome("<p style='word-spacing:0.2em !important; word-spacing:0.1em'>Words</p>"))
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void inapplicableWhenNotImportant() {
    assertThat(outcome("<p style='word-spacing:0.1em'>Words</p>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void cannotTellWhenTheFontSizeIsUnknown() {
    assertThat(outcome("<p style='font-size:2vw;word-spacing:3px !important'>Words</p>")).isEqualTo(Outcome.CANT_TELL);
  }
}
