package org.curbcut.internal.rules.visual;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Small helpers for reading CSS values as written. */
final class Css {
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?");
  private Css() {}

  static String stripComments(String css) {
    return org.curbcut.internal.snapshot.CssText.stripComments(css);
  }

  /** Splits on a separator outside quotes, parentheses and brackets. */
  static List<String> splitTopLevel(String s, char sep) {
    return org.curbcut.internal.snapshot.CssText.splitTopLevel(s, sep);
  }

  /** White-space separated tokens, keeping functions like {@code rgb(1, 2, 3)} whole. */
  static List<String> tokens(String value) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '(') depth++;
      if (c == ')') depth = Math.max(0, depth - 1);
      if (Character.isWhitespace(c) && depth == 0) {
        if (cur.length() > 0) out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0) out.add(cur.toString());
    return out;
  }

  /** A plain number. */
  static Optional<Double> number(String s) {
    String t = s.trim();
    if (!NUMBER.matcher(t).matches()) return Optional.empty();
    return Optional.of(Double.parseDouble(t));
  }

  /** An absolute length in CSS px (px, pt, pc, in, cm, mm, q; unitless 0); empty for other units. */
  static Optional<Double> absolutePx(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.equals("0")) return Optional.of(0.0);
    String[] units = {"px", "pt", "pc", "in", "cm", "mm", "q"};
    double[] factors = {1, 4 / 3.0, 16, 96, 96 / 2.54, 96 / 25.4, 96 / 101.6};
    for (int i = 0; i < units.length; i++) {
      if (v.endsWith(units[i])) {
        Optional<Double> n = number(v.substring(0, v.length() - units[i].length()));
        if (n.isPresent()) return Optional.of(n.get() * factors[i]);
      }
    }
    return Optional.empty();
  }

  /**
   * A length in px given the element's font size and the root font size: absolute units, em,
   * rem; empty for percentages, viewport units, calc() and anything else.
   */
  static Optional<Double> lengthPx(String value, double fontSize, double rootFontSize) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.endsWith("rem")) return number(v.substring(0, v.length() - 3)).map(n -> n * rootFontSize);
    if (v.endsWith("em")) return number(v.substring(0, v.length() - 2)).map(n -> n * fontSize);
    return absolutePx(v);
  }
}
