package org.curbcut.internal.rules.visual;

import java.util.Optional;

/**
 * The nearest passing colour for text that fails a contrast threshold, for failure messages (a
 * suggestion for the site's owner; Curbcut never changes a design's colours itself).
 *
 * <p>The text colour keeps its hue and saturation (HSL) and only its lightness moves, away from
 * the background (darker on a lighter background, lighter on a darker one), to the first 8-bit
 * colour whose ratio reaches the threshold. When even black or white text cannot reach it, the
 * background moves the same way, away from the text. In HSL every channel grows with the
 * lightness, so the contrast changes monotonically along the way and a bisection finds the
 * nearest colour.
 */
public final class ContrastSuggestion {
  private static final int STEPS = 40;

  /**
   * A suggested colour pair.
   *
   * @param fg the text colour
   * @param bg the background colour
   * @param ratio their contrast ratio
   * @param textChanged true when the text colour was changed, false when the background was
   */
  public record Suggestion(Rgba fg, Rgba bg, double ratio, boolean textChanged) {}

  private ContrastSuggestion() {}

  /**
   * The nearest passing pair for opaque text {@code fg} on opaque background {@code bg}: the text
   * colour changed if that can reach {@code required}, else the background; empty when the pair
   * already passes or when neither alone can reach it.
   */
  public static Optional<Suggestion> suggest(Rgba fg, Rgba bg, double required) {
    Rgba f = opaque(fg);
    Rgba b = opaque(bg);
    if (Contrast.ratio(f, b) >= required) return Optional.empty();
    Optional<Rgba> text = moveAway(f, b, required);
    if (text.isPresent()) return Optional.of(new Suggestion(text.get(), b, Contrast.ratio(text.get(), b), true));
    Optional<Rgba> back = moveAway(b, f, required);
    return back.map(c -> new Suggestion(f, c, Contrast.ratio(f, c), false));
  }

  /**
   * {@code c} with its HSL lightness moved away from {@code other} (darker when {@code c} is the
   * darker of the two), to the first 8-bit colour with at least {@code required} contrast.
   */
  static Optional<Rgba> moveAway(Rgba c, Rgba other, double required) {
    double[] hsl = hsl(c);
    boolean darker = c.luminance() <= other.luminance();
    double target = darker ? 0 : 1;
    if (Contrast.ratio(rgb(hsl[0], hsl[1], target), other) < required) return Optional.empty();
    double passing = target;
    double failing = hsl[2];
    for (int i = 0; i < STEPS; i++) {
      double mid = (passing + failing) / 2;
      if (Contrast.ratio(rgb(hsl[0], hsl[1], mid), other) >= required) passing = mid;
      else failing = mid;
    }
    return Optional.of(rgb(hsl[0], hsl[1], passing));
  }

  /** Hue (0–360), saturation and lightness (0–1) of a colour. */
  static double[] hsl(Rgba c) {
    double r = c.r() / 255;
    double g = c.g() / 255;
    double b = c.b() / 255;
    double max = Math.max(r, Math.max(g, b));
    double min = Math.min(r, Math.min(g, b));
    double l = (max + min) / 2;
    double d = max - min;
    if (d == 0) return new double[] {0, 0, l};
    double s = d / (1 - Math.abs(2 * l - 1));
    double h;
    if (max == r) h = 60 * (((g - b) / d) % 6);
    else if (max == g) h = 60 * ((b - r) / d + 2);
    else h = 60 * ((r - g) / d + 4);
    if (h < 0) h += 360;
    return new double[] {h, Math.min(1, s), l};
  }

  /** The 8-bit sRGB colour (channels rounded) of a hue, saturation and lightness (CSS Color 4 hsl()). */
  static Rgba rgb(double h, double s, double l) {
    return new Rgba(Math.round(255 * channel(0, h, s, l)), Math.round(255 * channel(8, h, s, l)),
        Math.round(255 * channel(4, h, s, l)), 1);
  }

  private static double channel(int n, double h, double s, double l) {
    double k = (n + h / 30) % 12;
    double a = s * Math.min(l, 1 - l);
    return l - a * Math.max(-1, Math.min(Math.min(k - 3, 9 - k), 1));
  }

  private static Rgba opaque(Rgba c) {
    return c.isOpaque() ? c : c.over(Rgba.WHITE);
  }
}
