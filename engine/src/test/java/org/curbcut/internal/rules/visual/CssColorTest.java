package org.curbcut.internal.rules.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CssColorTest {
  private static Rgba c(String v) {
    return CssColor.parse(v, Rgba.BLACK).orElseThrow(() -> new AssertionError("not parsed: " + v));
  }

  @Test
  void readsEveryNamedColourFromTheDataFile() {
    assertThat(CssColor.namedCount()).isEqualTo(148);
    assertThat(c("rebeccapurple").hex()).isEqualTo("#663399");
    assertThat(c("Gray").hex()).isEqualTo("#808080");
    assertThat(c("green").hex()).isEqualTo("#008000");
  }

  @Test
  void readsHexNotations() {
    assertThat(c("#777").hex()).isEqualTo("#777777");
    assertThat(c("#AbCdEf").hex()).isEqualTo("#abcdef");
    assertThat(c("#0008").a()).isCloseTo(0.533, within(0.001));
    assertThat(c("#00000080").a()).isCloseTo(0.502, within(0.001));
    assertThat(CssColor.parse("#12")).isEmpty();
    assertThat(CssColor.parse("#ggg")).isEmpty();
  }

  @Test
  void readsRgbInCommaAndSpaceSyntax() {
    assertThat(c("rgb(255, 0, 0)").hex()).isEqualTo("#ff0000");
    assertThat(c("rgba(0,0,0,.3)").a()).isCloseTo(0.3, within(1e-9));
    assertThat(c("rgb(0 128 255 / 50%)").a()).isCloseTo(0.5, within(1e-9));
    assertThat(c("rgb(100%, 50%, 0%)").hex()).isEqualTo("#ff8000");
  }

  @Test
  void readsHsl() {
    assertThat(c("hsl(0, 100%, 50%)").hex()).isEqualTo("#ff0000");
    assertThat(c("hsl(240deg 100% 25%)").hex()).isEqualTo("#000080");
    assertThat(c("hsla(120, 100%, 25%, 0.5)").a()).isCloseTo(0.5, within(1e-9));
    assertThat(c("hsl(0.5turn 0% 100%)").hex()).isEqualTo("#ffffff");
  }

  @Test
  void knowsTransparentAndCurrentColourButNotSystemColours() {
    assertThat(c("transparent").a()).isZero();
    assertThat(CssColor.parse("currentColor", Rgba.WHITE)).contains(Rgba.WHITE);
    assertThat(CssColor.parse("currentColor")).isEmpty();
    assertThat(CssColor.parse("ButtonText")).isEmpty();
    assertThat(CssColor.parse("var(--fg)")).isEmpty();
  }

  @Test
  void contrastFollowsWcagRelativeLuminance() {
    assertThat(Contrast.ratio(c("#777"), c("#fff"))).isCloseTo(4.48, within(0.005));
    assertThat(Contrast.ratio(c("black"), c("white"))).isCloseTo(21, within(1e-9));
    assertThat(Contrast.ratio(c("#333"), c("#fff"))).isCloseTo(12.63, within(0.01));
    assertThat(Contrast.ratio(c("#0000ee"), c("#fff"))).isCloseTo(9.4, within(0.01));
    assertThat(Contrast.ratio(c("#767676"), c("#fff"))).isGreaterThanOrEqualTo(4.5);
  }

  @Test
  void formatsRatiosWithoutRoundingUpPastAThreshold() {
    assertThat(Contrast.format(4.4999)).isEqualTo("4.49");
    assertThat(Contrast.format(21)).isEqualTo("21");
  }

  @Test
  void compositesAlphaOverABackdrop() {
    Rgba grey = c("rgba(0,0,0,.3)").over(Rgba.WHITE);
    assertThat(grey.hex()).isEqualTo("#b3b3b3");
    assertThat(Contrast.ratio(grey, Rgba.WHITE)).isCloseTo(2.1, within(0.05));
  }
}
