package org.curbcut.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeviceTest {

  @Test
  void theDefaultIsADesktopScreen() {
    assertThat(Device.DEFAULT).isEqualTo(new Device(1280, 800, 1, false, false, false));
  }

  @Test
  void aViewportIsWidthByHeight() {
    assertThat(Device.viewport("375x667")).isEqualTo(Device.DEFAULT.withViewport(375, 667));
    assertThat(Device.viewport(" 1024 X 768 ")).isEqualTo(Device.DEFAULT.withViewport(1024, 768));
    for (String bad : new String[] {"375", "375x", "x667", "0x600", "-1x5", "wide", "3x4x5"}) {
      assertThatThrownBy(() -> Device.viewport(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
