package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class DeviceMotionTest {
  private static final DeviceMotion RULE = new DeviceMotion();

  @Test
  void cantTellWithMotionListener() {
    assertThat(Fixtures.outcome(RULE, "<html><head><title>t</title><script>window.addEventListener('devicemotion', h)</script></head></html>")).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void inapplicableWithoutMotion() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p>ACT</p>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
