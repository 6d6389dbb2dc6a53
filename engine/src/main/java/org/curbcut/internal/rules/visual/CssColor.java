package org.curbcut.internal.rules.visual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.curbcut.internal.standards.CssColors;

/**
 * Parses CSS colour values: the named colours (of the standards data, {@link CssColors}),
 * {@code transparent}, {@code currentColor}, hex notations ({@code #rgb}, {@code #rgba},
 * {@code #rrggbb}, {@code #rrggbbaa}), {@code rgb()/rgba()} and {@code hsl()/hsla()} in comma and
 * space syntax. Anything else (system colours, {@code var()}, {@code color-mix()}, {@code lab()} ...)
 * is not known: {@link Optional#empty()}.
 */
public final class CssColor {
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?");
  private static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile("[0-9a-fA-F]+");
  private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");
  private static final Map<String, Rgba> NAMED = load();

  private CssColor() {}

  private static Map<String, Rgba> load() {
    Map<String, Rgba> m = new HashMap<>();
    CssColors.all().forEach((name, hex) -> m.put(name, hex(hex).orElseThrow()));
    return Map.copyOf(m);
  }

  /** The number of named colours known (for tests). */
  static int namedCount() {
    return NAMED.size();
  }

  /** Parses a colour with no current colour known ({@code currentColor} gives empty). */
  public static Optional<Rgba> parse(String value) {
    return parse(value, null);
  }

  /**
   * Parses a colour value.
   *
   * @param currentColor what {@code currentColor} means here, or null when unknown
   */
  public static Optional<Rgba> parse(String value, Rgba currentColor) {
    if (value == null) return Optional.empty();
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.isEmpty()) return Optional.empty();
    if (v.equals("transparent")) return Optional.of(Rgba.TRANSPARENT);
    if (v.equals("currentcolor")) return Optional.ofNullable(currentColor);
    if (v.startsWith("#")) return hex(v);
    Rgba named = NAMED.get(v);
    if (named != null) return Optional.of(named);
    int open = v.indexOf('(');
    if (open < 0 || !v.endsWith(")")) return Optional.empty();
    String fn = v.substring(0, open).trim();
    String args = v.substring(open + 1, v.length() - 1).trim();
    try {
      return switch (fn) {
        case "rgb", "rgba" -> rgb(args);
        case "hsl", "hsla" -> hsl(args);
        default -> Optional.empty();
      };
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Rgba> hex(String v) {
    String h = v.substring(1);
    if (!HEX.matcher(h).matches()) return Optional.empty();
    return switch (h.length()) {
      case 3, 4 -> {
        int r = Integer.parseInt(h.substring(0, 1), 16) * 17;
        int g = Integer.parseInt(h.substring(1, 2), 16) * 17;
        int b = Integer.parseInt(h.substring(2, 3), 16) * 17;
        double a = h.length() == 4 ? Integer.parseInt(h.substring(3, 4), 16) * 17 / 255.0 : 1;
        yield Optional.of(new Rgba(r, g, b, a));
      }
      case 6, 8 -> {
        int r = Integer.parseInt(h.substring(0, 2), 16);
        int g = Integer.parseInt(h.substring(2, 4), 16);
        int b = Integer.parseInt(h.substring(4, 6), 16);
        double a = h.length() == 8 ? Integer.parseInt(h.substring(6, 8), 16) / 255.0 : 1;
        yield Optional.of(new Rgba(r, g, b, a));
      }
      default -> Optional.empty();
    };
  }

  /** Splits function arguments: comma syntax, or space syntax with an optional "/ alpha". */
  private static List<String> arguments(String args) {
    List<String> out = new ArrayList<>();
    if (args.contains(",")) {
      for (String p : args.split(",")) out.add(p.trim());
      return out;
    }
    String alpha = null;
    int slash = args.indexOf('/');
    if (slash >= 0) {
      alpha = args.substring(slash + 1).trim();
      args = args.substring(0, slash).trim();
    }
    for (String p : WHITE_SPACE.split(args)) {
      if (!p.isEmpty()) out.add(p);
    }
    if (alpha != null) out.add(alpha);
    return out;
  }

  private static Optional<Rgba> rgb(String args) {
    List<String> a = arguments(args);
    if (a.size() != 3 && a.size() != 4) return Optional.empty();
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      String s = a.get(i);
      if (s.equals("none")) c[i] = 0;
      else if (s.endsWith("%")) c[i] = number(s.substring(0, s.length() - 1)) / 100 * 255;
      else c[i] = number(s);
    }
    return Optional.of(new Rgba(c[0], c[1], c[2], a.size() == 4 ? alpha(a.get(3)) : 1));
  }

  private static Optional<Rgba> hsl(String args) {
    List<String> a = arguments(args);
    if (a.size() != 3 && a.size() != 4) return Optional.empty();
    double h = hue(a.get(0));
    double s = percent(a.get(1));
    double l = percent(a.get(2));
    double alpha = a.size() == 4 ? alpha(a.get(3)) : 1;
    h = ((h % 360) + 360) % 360 / 360.0;
    s = Math.max(0, Math.min(1, s));
    l = Math.max(0, Math.min(1, l));
    double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    double p = 2 * l - q;
    return Optional.of(new Rgba(255 * hueToRgb(p, q, h + 1 / 3.0), 255 * hueToRgb(p, q, h),
        255 * hueToRgb(p, q, h - 1 / 3.0), alpha));
  }

  private static double hueToRgb(double p, double q, double t) {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6.0) return p + (q - p) * 6 * t;
    if (t < 1 / 2.0) return q;
    if (t < 2 / 3.0) return p + (q - p) * (2 / 3.0 - t) * 6;
    return p;
  }

  private static double hue(String s) {
    if (s.equals("none")) return 0;
    if (s.endsWith("deg")) return number(s.substring(0, s.length() - 3));
    if (s.endsWith("grad")) return number(s.substring(0, s.length() - 4)) * 0.9;
    if (s.endsWith("rad")) return Math.toDegrees(number(s.substring(0, s.length() - 3)));
    if (s.endsWith("turn")) return number(s.substring(0, s.length() - 4)) * 360;
    return number(s);
  }

  private static double percent(String s) {
    if (s.equals("none")) return 0;
    if (s.endsWith("%")) return number(s.substring(0, s.length() - 1)) / 100.0;
    return number(s) / 100.0; // CSS Color 4 allows plain numbers in the modern syntax
  }

  private static double alpha(String s) {
    if (s.equals("none")) return 0;
    if (s.endsWith("%")) return number(s.substring(0, s.length() - 1)) / 100.0;
    return number(s);
  }

  private static double number(String s) {
    String t = s.trim();
    if (t.isEmpty() || !NUMBER.matcher(t).matches()) throw new NumberFormatException(t);
    return Double.parseDouble(t);
  }
}
