package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class ImageAltDescriptiveTest {
  private final ImageAltDescriptive rule = new ImageAltDescriptive();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void failsAFileNameAsTextAlternative() {
    assertThat(run("<img src=\"/img/IMG_0042.JPG\" alt=\"IMG_0042.JPG\">")).isEqualTo(Outcome.FAILED);
    assertThat(run("<img src=\"/img/photo\" alt=\"photo\">")).isEqualTo(Outcome.FAILED);
    assertThat(Fixture.message(rule, "<img src=a.png alt=a.png>")).contains("file name").contains("a.png");
  }

  @Test
  void needsAPersonForOtherTextAlternatives() {
    assertThat(run("<img src=logo.png alt=\"W3C logo\">")).isEqualTo(Outcome.CANT_TELL);
    assertThat(run("<svg role=img aria-label=\"HTML 5 logo\"></svg>")).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void imagesWithoutNameOrHiddenAreInapplicable() {
    assertThat(run("<img src=a.png alt=\"\">")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<img src=a.png alt=Fireworks aria-hidden=true>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<img src=a.png alt=Logo style=\"display:none\">")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<input type=image src=go.png>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
