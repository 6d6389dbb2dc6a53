package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class VideoAlternativeTest {
  private static final VideoAlternative RULE = new VideoAlternative();

  @Test
  void cantTellOnVisibleVideo() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<video controls src=\"v.mp4\"></video>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void inapplicableWhenHidden() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<video controls src=\"v.mp4\" hidden></video>"))).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void inapplicableWithoutSource() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<video controls></video>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
