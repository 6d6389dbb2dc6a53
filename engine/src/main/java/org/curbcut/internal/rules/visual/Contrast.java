package org.curbcut.internal.rules.visual;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** WCAG 2 contrast ratio (definitions "contrast ratio" and "relative luminance"). */
public final class Contrast {
  private Contrast() {}

  /** (L1 + 0.05) / (L2 + 0.05), L1 the lighter; colours are taken as opaque. */
  public static double ratio(Rgba a, Rgba b) {
    double la = a.luminance();
    double lb = b.luminance();
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** The ratio for messages: truncated (never rounded up past a threshold) to two decimals. */
  public static String format(double ratio) {
    return BigDecimal.valueOf(ratio).setScale(2, RoundingMode.DOWN).stripTrailingZeros().toPlainString();
  }
}
