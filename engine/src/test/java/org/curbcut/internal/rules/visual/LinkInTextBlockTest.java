package org.curbcut.internal.rules.visual;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class LinkInTextBlockTest {
  private static Outcome outcome(String html) {
    return Fixture.outcome(new LinkInTextBlock(), html);
  }

  @Test
  void passesUnderlinedLinks() {
    assertThat(outcome("<p>Read the <a href=/x>terms of use</a> first.</p>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome("<style>a{text-decoration:none;border-bottom:1px solid}</style><p>Read the <a href=/x>terms</a>.</p>"))
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsLinksMarkedOnlyByAWeakColourDifference() {
    assertThat(outcome("<style>p{color:#333} a{text-decoration:none;color:#555}</style><p>Read the <a href=/x>terms</a> first.</p>"))
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void cannotTellLinksWithAStrongColourDifferenceOnly() {
    assertThat(outcome("<style>p{color:#000} a{text-decoration:none;color:#3b82f6}</style><p>Read the <a href=/x>terms</a>.</p>"))
        .isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void textInANestedBlockIsNotTheLinksTextBlock() {
    assertThat(outcome("<style>a{text-decoration:none;color:#555} li{color:#333}</style><ul><li>"
        + "<div onclick=t()>Groups &amp; support</div><a href=/x>Walking group</a></li></ul>"))
        .isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void boldLinksAreSetApart() {
    assertThat(outcome("<style>a{text-decoration:none;color:inherit;font-weight:bold}</style><p>Read the <a href=/x>terms</a>.</p>"))
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void inapplicableOutsideTextBlocks() {
    assertThat(outcome("<style>a{text-decoration:none;color:#333}</style><ul><li><a href=/x>Home</a></li></ul>"))
        .isEqualTo(Outcome.INAPPLICABLE);
  }
}
