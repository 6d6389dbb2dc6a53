package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class ImageAltTest {
  private final ImageAlt rule = new ImageAlt();

  @Test
  void passesAnImageWithAlt() {
    assertThat(Fixture.outcome(rule, "<img src=a.png alt='Company logo'>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void passesADecorativeImage() {
    assertThat(Fixture.outcome(rule, "<img src=a.png alt=''>")).isEqualTo(Outcome.PASSED);
    assertThat(Fixture.outcome(rule, "<img src=a.png role=presentation>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsAnImageWithoutAlt() {
    assertThat(Fixture.outcome(rule, "<img src=a.png>")).isEqualTo(Outcome.FAILED);
    assertThat(Fixture.message(rule, "<img src=a.png>")).contains("<img>").contains("alt=");
  }

  @Test
  void failsARoleImgWithoutName() {
    assertThat(Fixture.outcome(rule, "<div role=img style='background:url(a.png)'></div>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void hiddenImagesAreInapplicable() {
    assertThat(Fixture.outcome(rule, "<img src=a.png aria-hidden=true>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(Fixture.outcome(rule, "<div style='display:none'><img src=a.png></div>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void cannotTellWhenCssMayHideTheImage() {
    String html = "<style>@media (max-width: 600px) { .x { display: none } }</style><img class=x src=a.png>";
    assertThat(Fixture.outcome(rule, html)).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void checksSrcdocFrames() {
    assertThat(Fixture.outcome(rule, "<iframe title=t srcdoc=\"<img src=a.png>\"></iframe>")).isEqualTo(Outcome.FAILED);
  }
}
