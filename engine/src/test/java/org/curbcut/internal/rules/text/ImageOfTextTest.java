package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class ImageOfTextTest {
  private final ImageOfText rule = new ImageOfText();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void needsAPersonForEveryVisibleImage() {
    assertThat(run("<img src=banner.jpg alt=\"Summer sale\">")).isEqualTo(Outcome.CANT_TELL);
    assertThat(run("<input type=image src=button.jpg alt=\"Press me\">")).isEqualTo(Outcome.CANT_TELL);
    assertThat(run("<div style=\"background-image:url(text.jpg)\"></div>")).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void namesTheTextOfAnSvgImage() {
    String html = "<img alt=\"WCAG Rocks\" src=\"data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg'><text>WCAG Rocks</text></svg>\">";
    assertThat(Fixture.message(rule, html)).contains("<text>");
  }

  @Test
  void hiddenImagesPixelsAndTextAreInapplicable() {
    assertThat(run("<object data=\"t.jpg\" style=\"display:none\"></object>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<img src=pixel.gif width=1 height=1 alt=\"\">")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<svg><text>My cat</text></svg>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void neverFails() {
    assertThat(Fixture.results(rule, "<img src=a.png alt=a><img src=b.png>")).noneMatch(r -> r.outcome() == Outcome.FAILED);
  }
}
