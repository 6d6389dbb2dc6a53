package org.curbcut.internal.rules.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContrastSuggestionTest {
  private static Rgba hex(String s) {
    return CssColor.parse(s).orElseThrow();
  }

  /** WCAG 2 relative luminance written out from the definition, independent of {@link Rgba#luminance}. */
  private static double wcagLuminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  private static double wcagRatio(String a, String b) {
    double la = wcagLuminance(a);
    double lb = wcagLuminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  @Test
  void lightGreyOnWhiteBecomesTheClassic767676() {
    ContrastSuggestion.Suggestion s = ContrastSuggestion.suggest(hex("#999999"), Rgba.WHITE, 4.5).orElseThrow();
    assertThat(s.textChanged()).isTrue();
    assertThat(s.fg().hex()).isEqualTo("#767676");
    assertThat(s.bg().hex()).isEqualTo("#ffffff");
    assertThat(Contrast.format(s.ratio())).isEqualTo("4.54");
    assertThat(s.ratio()).isCloseTo(wcagRatio("#767676", "#ffffff"), within(1e-9));
    // the nearest: one step lighter fails
    assertThat(wcagRatio("#777777", "#ffffff")).isLessThan(4.5);
  }

  @Test
  void keepsHueAndSaturationAndStopsAtTheFirstPassingColour() {
    Rgba orange = hex("#f0a030");
    ContrastSuggestion.Suggestion s = ContrastSuggestion.suggest(orange, Rgba.WHITE, 4.5).orElseThrow();
    String out = s.fg().hex();
    assertThat(wcagRatio(out, "#ffffff")).isGreaterThanOrEqualTo(4.5);
    double[] before = ContrastSuggestion.hsl(orange);
    double[] after = ContrastSuggestion.hsl(s.fg());
    assertThat(after[0]).isCloseTo(before[0], within(2.0));
    assertThat(after[1]).isCloseTo(before[1], within(0.03));
    assertThat(after[2]).isLessThan(before[2]);
    // a little lighter no longer passes
    Rgba lighter = ContrastSuggestion.rgb(after[0], after[1], after[2] + 0.004);
    assertThat(Contrast.ratio(lighter, Rgba.WHITE)).isLessThan(4.5);
  }

  @Test
  void lightTextOnADarkBackgroundGetsLighter() {
    ContrastSuggestion.Suggestion s = ContrastSuggestion.suggest(hex("#666666"), hex("#222222"), 4.5).orElseThrow();
    assertThat(s.textChanged()).isTrue();
    assertThat(wcagLuminance(s.fg().hex())).isGreaterThan(wcagLuminance("#666666"));
    assertThat(wcagRatio(s.fg().hex(), "#222222")).isGreaterThanOrEqualTo(4.5);
  }

  @Test
  void movesTheBackgroundWhenNoShadeOfTheTextReaches() {
    // black on #333 is only 1.66:1 (the background is too dark for any darker text)
    ContrastSuggestion.Suggestion s = ContrastSuggestion.suggest(hex("#000000"), hex("#333333"), 4.5).orElseThrow();
    assertThat(s.textChanged()).isFalse();
    assertThat(s.fg().hex()).isEqualTo("#000000");
    String bg = s.bg().hex();
    assertThat(wcagRatio("#000000", bg)).isGreaterThanOrEqualTo(4.5);
    assertThat(bg).isEqualTo("#757575"); // black needs a background of luminance at least 0.175
    assertThat(wcagRatio("#000000", "#747474")).isLessThan(4.5);
  }

  @Test
  void noSuggestionWhenThePairPassesOrNeitherColourAloneCan() {
    assertThat(ContrastSuggestion.suggest(Rgba.BLACK, Rgba.WHITE, 4.5)).isEmpty();
    // two mid greys at 7:1: black text needs a lighter background, a white background needs darker text
    Optional<ContrastSuggestion.Suggestion> none = ContrastSuggestion.suggest(hex("#7a7a7a"), hex("#808080"), 7);
    assertThat(none).isEmpty();
  }

  @Test
  void hslRoundTripsEightBitColours() {
    for (String c : new String[] {"#1f5f8f", "#f6efe4", "#2a7f7a", "#ff0000", "#00ff00", "#0000ff", "#123456"}) {
      double[] hsl = ContrastSuggestion.hsl(hex(c));
      assertThat(ContrastSuggestion.rgb(hsl[0], hsl[1], hsl[2]).hex()).isEqualTo(c);
    }
  }
}
