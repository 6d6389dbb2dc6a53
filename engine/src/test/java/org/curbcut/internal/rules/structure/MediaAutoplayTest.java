package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class MediaAutoplayTest {
  private static final MediaAutoplay RULE = new MediaAutoplay();

  @Test
  void passesWithControls() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<audio src=\"a.mp3\" autoplay controls></audio>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void cantTellWithoutControls() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<video autoplay><source src=\"v.mp4\"></video>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void failsLoopingAudioWithoutControls() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<audio src=\"a.mp3\" autoplay loop></audio>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void inapplicableWhenMuted() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<video autoplay muted><source src=\"v.mp4\"></video>"))).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void inapplicableWithoutAutoplay() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<audio src=\"a.mp3\" controls></audio>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
