package org.curbcut.internal.rules.visual;

import java.util.Locale;

/**
 * An sRGB colour with alpha: channels 0–255 (fractional, as CSS allows), alpha 0–1.
 *
 * @param r red 0–255
 * @param g green 0–255
 * @param b blue 0–255
 * @param a alpha 0–1
 */
public record Rgba(double r, double g, double b, double a) {
  public static final Rgba BLACK = new Rgba(0, 0, 0, 1);
  public static final Rgba WHITE = new Rgba(255, 255, 255, 1);
  public static final Rgba TRANSPARENT = new Rgba(0, 0, 0, 0);

  public Rgba {
    r = clamp(r, 255);
    g = clamp(g, 255);
    b = clamp(b, 255);
    a = clamp(a, 1);
  }

  private static double clamp(double v, double max) {
    if (Double.isNaN(v)) return 0;
    return Math.max(0, Math.min(max, v));
  }

  public boolean isOpaque() {
    return a >= 0.9999;
  }

  /** This colour painted over {@code backdrop} (source-over compositing in sRGB). */
  public Rgba over(Rgba backdrop) {
    double outA = a + backdrop.a * (1 - a);
    if (outA <= 0) return TRANSPARENT;
    double k = backdrop.a * (1 - a);
    return new Rgba((r * a + backdrop.r * k) / outA, (g * a + backdrop.g * k) / outA,
        (b * a + backdrop.b * k) / outA, outA);
  }

  /** The same colour with its alpha multiplied (group opacity). */
  public Rgba withOpacity(double opacity) {
    return new Rgba(r, g, b, a * opacity);
  }

  /** Linear interpolation in premultiplied space, as CSS gradients interpolate. */
  public Rgba mix(Rgba other, double t) {
    double alpha = a + (other.a - a) * t;
    if (alpha <= 0) return TRANSPARENT;
    double pr = r * a + (other.r * other.a - r * a) * t;
    double pg = g * a + (other.g * other.a - g * a) * t;
    double pb = b * a + (other.b * other.a - b * a) * t;
    return new Rgba(pr / alpha, pg / alpha, pb / alpha, alpha);
  }

  /** WCAG 2 relative luminance of the colour's RGB (alpha ignored). */
  public double luminance() {
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  }

  private static double channel(double v) {
    double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** {@code #rrggbb}, or {@code #rrggbbaa} when not opaque. */
  public String hex() {
    String rgb = String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(r), Math.round(g), Math.round(b));
    return isOpaque() ? rgb : rgb + String.format(Locale.ROOT, "%02x", Math.round(a * 255));
  }

  @Override
  public String toString() {
    return hex();
  }
}
