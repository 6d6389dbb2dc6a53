package org.curbcut.internal.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.snapshot.Device;
import org.curbcut.snapshot.Tri;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaQueriesTest {

  /** On the default device: a 1280×800 screen at 1dppx, with a mouse, light colours, no motion preference. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "''|TRUE",
      "all|TRUE",
      "screen|TRUE",
      "SCREEN|TRUE",
      "print|FALSE",
      "speech|FALSE",
      "tv|FALSE",
      "not print|TRUE",
      "not screen|FALSE",
      "only screen|TRUE",
      "print, screen|TRUE",
      "print, speech|FALSE",
      "(min-width: 1280px)|TRUE",
      "(min-width: 1281px)|FALSE",
      "(max-width: 600px)|FALSE",
      "screen and (max-width: 1280px)|TRUE",
      "screen and (min-width: 768px) and (max-width: 1024px)|FALSE",
      "only screen and (min-width: 64em)|TRUE",
      "(min-width: 81em)|FALSE",
      "(max-height: 800px)|TRUE",
      "(min-height: 801px)|FALSE",
      "(width >= 600px)|TRUE",
      "(width < 1280px)|FALSE",
      "(600px <= width <= 1300px)|TRUE",
      "(400px < width < 800px)|FALSE",
      "(1300px > width)|TRUE",
      "(orientation: landscape)|TRUE",
      "(orientation: portrait)|FALSE",
      "(min-aspect-ratio: 16/10)|TRUE",
      "(min-aspect-ratio: 16/9)|FALSE",
      "(prefers-color-scheme: light)|TRUE",
      "(prefers-color-scheme: dark)|FALSE",
      "(prefers-reduced-motion: no-preference)|TRUE",
      "(prefers-reduced-motion: reduce)|FALSE",
      "(prefers-reduced-motion)|FALSE",
      "(hover: hover)|TRUE",
      "(hover: none)|FALSE",
      "(pointer: fine)|TRUE",
      "(pointer: coarse)|FALSE",
      "(any-pointer: coarse)|FALSE",
      "(min-resolution: 2dppx)|FALSE",
      "(-webkit-min-device-pixel-ratio: 1.5)|FALSE",
      "(min-resolution: 96dpi)|TRUE",
      "(max-resolution: 1x)|TRUE",
      "(color)|TRUE",
      "(monochrome)|FALSE",
      "(forced-colors: active)|FALSE",
      "not all and (monochrome)|TRUE",
      "(not (hover: none))|TRUE",
      "not (max-width: 600px)|TRUE",
      "(max-width: 600px) or (orientation: landscape)|TRUE",
      "((min-width: 600px) and (max-width: 900px)) or (pointer: coarse)|FALSE",
      "(prefers-reduced-data: reduce)|UNKNOWN",
      "(scan: interlace)|UNKNOWN",
      "screen and (min-width: 0\\0)|UNKNOWN",
      "(min-width: 600px) and (prefers-reduced-data: reduce)|UNKNOWN",
      "(max-width: 600px) and (prefers-reduced-data: reduce)|FALSE",
      "(min-width: 600px) or (prefers-reduced-data: reduce)|TRUE",
      "print, (prefers-reduced-data: reduce)|UNKNOWN",
      "(min-width: calc(100px + 2em))|UNKNOWN",
  })
  void evaluatesForTheDefaultDevice(String query, Tri expected) {
    assertThat(MediaQueries.matches(query, Device.DEFAULT)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "(max-width: 600px)|TRUE",
      "(orientation: portrait)|TRUE",
      "(min-width: 768px)|FALSE",
  })
  void evaluatesForAnotherViewport(String query, Tri expected) {
    assertThat(MediaQueries.matches(query, Device.DEFAULT.withViewport(375, 667))).isEqualTo(expected);
  }
}
