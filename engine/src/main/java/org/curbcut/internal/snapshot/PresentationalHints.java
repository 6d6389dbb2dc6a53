package org.curbcut.internal.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.curbcut.internal.standards.CssColors;
import org.curbcut.internal.standards.HtmlStandards;

/**
 * The presentational hints of HTML attributes (HTML Living Standard, "Rendering", §15.3): the
 * declarations that {@code <font color>}, {@code <body text bgcolor link>}, {@code bgcolor},
 * {@code align}, {@code width}/{@code height}, {@code border} and {@code nowrap} stand for. The
 * cascade gives them author level and specificity 0, before every author style sheet, so any
 * author rule beats them. ({@code hidden} is a rule of the user-agent style sheet, not a hint.)
 */
final class PresentationalHints {
  private static final HtmlStandards HTML = HtmlStandards.get();
  private static final Set<String> BGCOLOR = HTML.set("bgcolorHintElements");
  private static final Set<String> TEXT_ALIGN = HTML.set("textAlignHintElements");
  private static final Set<String> WIDTH = HTML.set("widthHintElements");
  private static final Set<String> HEIGHT = HTML.set("heightHintElements");
  private static final Set<String> REPLACED_ALIGN = HTML.set("floatAlignHintElements");
  /** {@code <font size=N>}: the legacy font size N (1 to 7) as a CSS keyword. */
  private static final String[] FONT_SIZES = {"x-small", "small", "medium", "large", "x-large", "xx-large",
      "xxx-large"};

  private PresentationalHints() {}

  /**
   * The hints of one HTML element.
   *
   * @param linkColor the body's {@code link} attribute, for links ({@code :link}); null when none
   */
  static List<CssSheet.Declaration> of(org.jsoup.nodes.Element e, String linkColor) {
    String n = e.normalName();
    List<CssSheet.Declaration> out = new ArrayList<>(2);
    if (n.equals("font")) {
      color(e, "color", "color", out);
      if (e.hasAttr("face") && !e.attr("face").isBlank()) out.add(decl("font-family", e.attr("face")));
      fontSize(e.attr("size")).ifPresent(size -> out.add(decl("font-size", size)));
    }
    if (n.equals("body")) color(e, "text", "color", out);
    if (BGCOLOR.contains(n)) color(e, "bgcolor", "background-color", out);
    if (linkColor != null && (n.equals("a") || n.equals("area")) && e.hasAttr("href")) {
      legacyColor(linkColor).ifPresent(c -> out.add(decl("color", c)));
    }
    if (e.hasAttr("align")) align(e, n, e.attr("align").trim().toLowerCase(Locale.ROOT), out);
    if (WIDTH.contains(n)) dimension(e, "width", out);
    if (HEIGHT.contains(n)) dimension(e, "height", out);
    if ((n.equals("td") || n.equals("th")) && e.hasAttr("nowrap")) out.add(decl("white-space", "nowrap"));
    if ((n.equals("table") || n.equals("img")) && e.hasAttr("border")) border(e, out);
    return out;
  }

  private static void color(org.jsoup.nodes.Element e, String attribute, String property, List<CssSheet.Declaration> out) {
    if (e.hasAttr(attribute)) legacyColor(e.attr(attribute)).ifPresent(c -> out.add(decl(property, c)));
  }

  private static void align(org.jsoup.nodes.Element e, String n, String v, List<CssSheet.Declaration> out) {
    if (TEXT_ALIGN.contains(n)) {
      switch (v) {
        case "left", "right", "center", "justify" -> out.add(decl("text-align", v));
        case "middle" -> out.add(decl("text-align", "center"));
        default -> { }
      }
    } else if (n.equals("table") && (v.equals("left") || v.equals("right"))) {
      out.add(decl("float", v));
    } else if (REPLACED_ALIGN.contains(n) && !(n.equals("input") && !"image".equalsIgnoreCase(e.attr("type")))) {
      switch (v) {
        case "left", "right" -> out.add(decl("float", v));
        case "top", "middle", "bottom", "baseline" -> out.add(decl("vertical-align", v));
        default -> { }
      }
    }
  }

  private static void dimension(org.jsoup.nodes.Element e, String attribute, List<CssSheet.Declaration> out) {
    if (e.hasAttr(attribute)) dimensionValue(e.attr(attribute)).ifPresent(v -> out.add(decl(attribute, v)));
  }

  private static void border(org.jsoup.nodes.Element e, List<CssSheet.Declaration> out) {
    String v = e.attr("border").trim();
    int width = v.isEmpty() ? 1 : nonNegativeInteger(v).orElse(1);
    out.add(decl("border-width", width + "px"));
    if (width > 0) out.add(decl("border-style", e.normalName().equals("table") ? "outset" : "solid"));
  }

  /**
   * HTML "rules for parsing dimension values": leading digits (with a fraction), then {@code %}
   * or not. Zero and unreadable values give nothing.
   */
  static Optional<String> dimensionValue(String value) {
    String v = value.strip();
    int i = 0;
    while (i < v.length() && Character.isDigit(v.charAt(i))) i++;
    if (i == 0) return Optional.empty();
    int end = i;
    if (end < v.length() && v.charAt(end) == '.') {
      int f = end + 1;
      while (f < v.length() && Character.isDigit(v.charAt(f))) f++;
      if (f > end + 1) end = f;
    }
    String number = v.substring(0, end);
    if (Double.parseDouble(number) == 0) return Optional.empty();
    boolean percent = end < v.length() && v.charAt(end) == '%';
    return Optional.of(number + (percent ? "%" : "px"));
  }

  private static Optional<Integer> nonNegativeInteger(String v) {
    int i = 0;
    while (i < v.length() && Character.isDigit(v.charAt(i))) i++;
    if (i == 0) return Optional.empty();
    try {
      return Optional.of(Integer.parseInt(v.substring(0, Math.min(i, 9))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** HTML "rules for parsing a legacy font size": {@code 1}–{@code 7}, or relative to 3 with + or −. */
  static Optional<String> fontSize(String value) {
    String v = value.strip();
    if (v.isEmpty()) return Optional.empty();
    int mode = 0;
    if (v.charAt(0) == '+' || v.charAt(0) == '-') {
      mode = v.charAt(0) == '+' ? 1 : -1;
      v = v.substring(1);
    }
    Optional<Integer> n = nonNegativeInteger(v);
    if (n.isEmpty()) return Optional.empty();
    int size = mode == 0 ? n.get() : 3 + mode * Math.min(n.get(), 10);
    size = Math.max(1, Math.min(7, size));
    return Optional.of(FONT_SIZES[size - 1]);
  }

  /**
   * HTML "rules for parsing a legacy colour value", as a CSS hex colour: a named colour, then
   * {@code #rgb}, else the digits are read however broken ({@code "chucknorris"} is a red).
   * Empty for an empty value and {@code transparent}.
   */
  static Optional<String> legacyColor(String value) {
    String input = value.strip();
    if (input.isEmpty() || input.equalsIgnoreCase("transparent")) return Optional.empty();
    Optional<String> named = CssColors.named(input.toLowerCase(Locale.ROOT));
    if (named.isPresent()) return Optional.of(input.toLowerCase(Locale.ROOT));
    if (input.length() == 4 && input.charAt(0) == '#' && isHex(input.substring(1))) return Optional.of(input.toLowerCase(Locale.ROOT));
    StringBuilder s = new StringBuilder();
    input.codePoints().forEach(cp -> s.append(cp > 0xFFFF ? "00" : new String(Character.toChars(cp))));
    String t = s.length() > 128 ? s.substring(0, 128) : s.toString();
    if (t.startsWith("#")) t = t.substring(1);
    StringBuilder digits = new StringBuilder(t.length() + 2);
    for (int k = 0; k < t.length(); k++) digits.append(isHex(String.valueOf(t.charAt(k))) ? t.charAt(k) : '0');
    while (digits.length() == 0 || digits.length() % 3 != 0) digits.append('0');
    int length = digits.length() / 3;
    String[] parts = {digits.substring(0, length), digits.substring(length, 2 * length), digits.substring(2 * length)};
    if (length > 8) {
      for (int k = 0; k < 3; k++) parts[k] = parts[k].substring(length - 8);
      length = 8;
    }
    while (length > 2 && parts[0].charAt(0) == '0' && parts[1].charAt(0) == '0' && parts[2].charAt(0) == '0') {
      for (int k = 0; k < 3; k++) parts[k] = parts[k].substring(1);
      length--;
    }
    StringBuilder hex = new StringBuilder("#");
    for (String p : parts) {
      String two = length > 2 ? p.substring(0, 2) : p;
      hex.append(two.length() == 1 ? "0" + two : two);
    }
    return Optional.of(hex.toString().toLowerCase(Locale.ROOT));
  }

  private static boolean isHex(String s) {
    if (s.isEmpty()) return false;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) return false;
    }
    return true;
  }

  private static CssSheet.Declaration decl(String property, String value) {
    return new CssSheet.Declaration(property, value, false);
  }
}
