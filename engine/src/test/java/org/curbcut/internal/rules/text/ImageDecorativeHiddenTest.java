package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class ImageDecorativeHiddenTest {
  private final ImageDecorativeHidden rule = new ImageDecorativeHidden();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void needsAPersonForImagesMarkedDecorative() {
    assertThat(run("<img src=fireworks.jpg alt=\"\">")).isEqualTo(Outcome.CANT_TELL);
    assertThat(run("<img src=logo.png aria-hidden=true alt=\"W3C logo\">")).isEqualTo(Outcome.CANT_TELL);
    assertThat(run("<svg role=none height=20><circle r=4></circle></svg>")).isEqualTo(Outcome.CANT_TELL);
    assertThat(run("<svg viewBox=\"0 0 9 9\"><path d=\"M1 1\"></path></svg>")).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void imagesInTheAccessibilityTreeOrNotVisibleAreInapplicable() {
    assertThat(run("<img src=logo.png alt=\"W3C logo\">")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<img src=a.png alt=\"\" style=\"display:none\">")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<svg role=img aria-label=Logo></svg>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<img src=pixel.gif alt=\"\" width=1 height=1>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
