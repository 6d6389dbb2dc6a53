package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class VideoCaptionTest {
  private static final VideoCaption RULE = new VideoCaption();

  @Test
  void cantTellWithCaptionsTrack() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<video controls src=\"v.mp4\"><track kind=\"captions\" src=\"c.vtt\"></video>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void cantTellWithoutTrack() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<video controls src=\"v.mp4\"></video>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void inapplicableWhenHidden() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<video controls src=\"v.mp4\" style=\"display:none\"></video>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
