package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class AudioAlternativeTest {
  private static final AudioAlternative RULE = new AudioAlternative();

  @Test
  void cantTellWithControls() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<audio controls src=\"a.mp3\"></audio>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void cantTellWhenAutoplaying() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<audio autoplay src=\"a.mp3\"></audio>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void inapplicableWithoutControlsOrAutoplay() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<audio src=\"a.mp3\"></audio>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
