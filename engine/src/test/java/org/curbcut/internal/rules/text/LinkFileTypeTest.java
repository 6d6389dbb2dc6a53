package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Level;
import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkFileTypeTest {
  private final LinkFileType rule = new LinkFileType();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<a href=/files/report.pdf>Annual report (PDF, 2 MB)</a>|PASSED",
      "<a href=/files/report.pdf>report.pdf</a>|PASSED",
      "<a href='/files/budget.xlsx?v=2'>Budget (Excel spreadsheet)</a>|PASSED",
      "<a href=/f/talk.mp3 aria-label='Listen to the talk (MP3 audio, 40 MB)'>Listen</a>|PASSED",
      "<p>The annual report (PDF, 2 MB): <a href=/files/report.pdf>download it</a></p>|PASSED",
      "<a href=/download download=slides.pptx>Slides (PowerPoint)</a>|PASSED",
      "<a href=/files/report.pdf>Annual report</a>|FAILED",
      "<a href=/files/archive.ZIP>All photos</a>|FAILED",
      "<a href=/download download=slides.pptx>Our talk</a>|FAILED",
      "<a href=/files/report.pdf>Annual report (2 MB)</a>|CANT_TELL",
      // not a listed file: a page, a folder named like a type, an image, a query parameter
      "<a href=/reports/annual>Annual report</a>|INAPPLICABLE",
      "<a href=/pdf/>All reports</a>|INAPPLICABLE",
      "<a href=/photo.jpg>Photo</a>|INAPPLICABLE",
      "<a href='/get?file=report.pdf'>Annual report</a>|INAPPLICABLE",
      "<a href=/files/report.pdf></a>|INAPPLICABLE",
      "<a href=/files/report.pdf hidden>Annual report</a>|INAPPLICABLE",
  })
  void checksTheType(String html, Outcome expected) {
    assertThat(Fixture.outcome(rule, html)).as(html).isEqualTo(expected);
  }

  @Test
  void isABestPractice() {
    assertThat(rule.meta().level()).isEqualTo(Level.BEST_PRACTICE);
    assertThat(rule.meta().wcag()).isEmpty();
  }
}
