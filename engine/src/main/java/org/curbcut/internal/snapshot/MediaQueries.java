package org.curbcut.internal.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.curbcut.snapshot.Device;
import org.curbcut.snapshot.Tri;

/**
 * Evaluates a media query list (Media Queries Level 4: media types, {@code not}/{@code only},
 * {@code and}/{@code or}/{@code not} conditions, {@code min-}/{@code max-} and range features) for
 * a stated {@link Device}. {@link Tri#UNKNOWN} for a feature this reading does not know or a query
 * it cannot read: the rules inside may or may not apply, which is not the same as not applying.
 */
final class MediaQueries {
  private MediaQueries() {}

  /** Whether the list (the text of a {@code media} attribute or after {@code @media}) matches. */
  static Tri matches(String list, Device device) {
    String text = CssText.stripComments(list).trim().toLowerCase(Locale.ROOT);
    if (text.isEmpty()) return Tri.TRUE;
    Tri any = Tri.FALSE;
    for (String query : CssText.splitTopLevel(text, ',')) {
      any = any.or(query(query.trim(), device));
      if (any.isTrue()) return any;
    }
    return any;
  }

  private static Tri query(String query, Device device) {
    if (query.isEmpty()) return Tri.FALSE; // an empty query in a list ("a, , b") is "not all"
    List<String> tokens;
    try {
      tokens = tokens(query);
    } catch (IllegalArgumentException unreadable) {
      return Tri.UNKNOWN;
    }
    Parser p = new Parser(tokens, device);
    try {
      Tri result = p.query();
      return p.atEnd() ? result : Tri.UNKNOWN;
    } catch (IllegalArgumentException unreadable) {
      return Tri.UNKNOWN;
    }
  }

  /** Idents and numbers with their unit, parentheses, ':', '/' and the range comparisons. */
  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')' || c == ':' || c == '/') {
        out.add(String.valueOf(c));
        i++;
      } else if (c == '<' || c == '>' || c == '=') {
        boolean eq = c != '=' && i + 1 < s.length() && s.charAt(i + 1) == '=';
        out.add(eq ? c + "=" : String.valueOf(c));
        i += eq ? 2 : 1;
      } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '+') {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || "-_.+%".indexOf(s.charAt(i)) >= 0)) i++;
        out.add(s.substring(start, i));
      } else {
        throw new IllegalArgumentException("unexpected '" + c + "'");
      }
    }
    return out;
  }

  /** Recursive descent over one query's tokens. */
  private static final class Parser {
    private final List<String> t;
    private final Device device;
    private int i;

    Parser(List<String> tokens, Device device) {
      this.t = tokens;
      this.device = device;
    }

    boolean atEnd() {
      return i >= t.size();
    }

    private String peek() {
      return i < t.size() ? t.get(i) : "";
    }

    private String next() {
      if (atEnd()) throw new IllegalArgumentException("unexpected end");
      return t.get(i++);
    }

    private void expect(String s) {
      if (!next().equals(s)) throw new IllegalArgumentException("expected " + s);
    }

    /** {@code [not|only]? type [and condition]?} or a condition alone. */
    Tri query() {
      if (peek().equals("(") || peek().equals("not") && i + 1 < t.size() && t.get(i + 1).equals("(")) {
        return condition();
      }
      boolean not = false;
      if (peek().equals("not") || peek().equals("only")) not = next().equals("not");
      Tri type = mediaType(next());
      if (!atEnd()) {
        expect("and");
        type = type.and(conditionWithoutOr());
      }
      return not ? type.not() : type;
    }

    private static Tri mediaType(String type) {
      return switch (type) {
        case "all", "screen" -> Tri.TRUE;
        case "print", "speech" -> Tri.FALSE;
        // deprecated types (tv, handheld, projection...) match nothing, like any unknown type
        default -> {
          if (type.equals("(") || type.equals("and") || type.equals("or")) throw new IllegalArgumentException(type);
          yield Tri.FALSE;
        }
      };
    }

    /** {@code not (…)}, or {@code (…)} joined by {@code and}, or by {@code or}. */
    Tri condition() {
      if (peek().equals("not")) {
        next();
        return inParens().not();
      }
      Tri result = inParens();
      String join = peek();
      if (!join.equals("and") && !join.equals("or")) return result;
      while (peek().equals(join)) {
        next();
        Tri more = inParens();
        result = join.equals("and") ? result.and(more) : result.or(more);
      }
      return result;
    }

    private Tri conditionWithoutOr() {
      if (peek().equals("not")) {
        next();
        return inParens().not();
      }
      Tri result = inParens();
      while (peek().equals("and")) {
        next();
        result = result.and(inParens());
      }
      return result;
    }

    /** {@code ( condition )} or {@code ( feature )}. */
    private Tri inParens() {
      expect("(");
      Tri result;
      if (peek().equals("(") || peek().equals("not")) {
        result = condition();
      } else {
        int close = closingParen();
        result = new Feature(t.subList(i, close), device).evaluate();
        i = close;
      }
      expect(")");
      return result;
    }

    private int closingParen() {
      int depth = 0;
      for (int k = i; k < t.size(); k++) {
        if (t.get(k).equals("(")) depth++;
        else if (t.get(k).equals(")") && depth-- == 0) return k;
      }
      throw new IllegalArgumentException("unclosed (");
    }
  }

  /** One media feature: {@code (name)}, {@code (name: value)} or a range ({@code (400px <= width < 800px)}). */
  private record Feature(List<String> tokens, Device device) {
    Tri evaluate() {
      if (tokens.size() == 1) return booleanContext(tokens.get(0));
      if (tokens.size() >= 3 && tokens.get(1).equals(":")) return plain(tokens.get(0), String.join(" ", tokens.subList(2, tokens.size())));
      return range();
    }

    /** {@code (name)}: true unless the feature's value is zero or none. */
    private Tri booleanContext(String name) {
      Optional<Double> n = numeric(name);
      if (n.isPresent()) return Tri.of(n.get() != 0);
      Optional<String> k = keyword(name);
      if (k.isPresent()) return Tri.of(!k.get().equals("none") && !k.get().equals("no-preference"));
      return Tri.UNKNOWN;
    }

    /** {@code (name: value)}, with {@code min-}/{@code max-} prefixes for numeric features. */
    private Tri plain(String name, String value) {
      String bare = name.replaceFirst("^-webkit-", "");
      String prefix = bare.startsWith("min-") ? "min" : bare.startsWith("max-") ? "max" : "";
      String feature = prefix.isEmpty() ? bare : bare.substring(4);
      if (feature.equals("device-pixel-ratio")) feature = "resolution";
      Optional<Double> actual = numeric(feature);
      if (actual.isPresent()) {
        Optional<Double> wanted = value(feature, value);
        if (wanted.isEmpty()) return Tri.UNKNOWN;
        double a = actual.get();
        double w = wanted.get();
        return Tri.of(prefix.equals("min") ? a >= w - 1e-9 : prefix.equals("max") ? a <= w + 1e-9 : Math.abs(a - w) < 1e-9);
      }
      if (!prefix.isEmpty()) return Tri.UNKNOWN;
      Optional<String> k = keyword(feature);
      return k.isPresent() ? Tri.of(k.get().equals(value.trim())) : Tri.UNKNOWN;
    }

    /** {@code (width >= 600px)}, {@code (600px <= width)}, {@code (400px < width <= 800px)}. */
    private Tri range() {
      List<String> values = new ArrayList<>();
      List<String> ops = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String tok : tokens) {
        if (tok.equals("<") || tok.equals("<=") || tok.equals(">") || tok.equals(">=") || tok.equals("=")) {
          values.add(current.toString().trim());
          ops.add(tok);
          current.setLength(0);
        } else {
          current.append(tok).append(tok.equals("/") ? "" : " ");
        }
      }
      values.add(current.toString().trim());
      if (ops.isEmpty() || ops.size() > 2) return Tri.UNKNOWN;
      int nameAt = -1;
      for (int k = 0; k < values.size(); k++) {
        if (numeric(values.get(k)).isPresent()) nameAt = k;
      }
      if (nameAt < 0 || ops.size() == 2 && nameAt != 1) return Tri.UNKNOWN;
      String name = values.get(nameAt);
      double actual = numeric(name).orElseThrow();
      Tri result = Tri.TRUE;
      for (int k = 0; k < ops.size(); k++) {
        String left = values.get(k);
        String right = values.get(k + 1);
        Optional<Double> l = left.equals(name) ? Optional.of(actual) : value(name, left);
        Optional<Double> r = right.equals(name) ? Optional.of(actual) : value(name, right);
        if (l.isEmpty() || r.isEmpty()) return Tri.UNKNOWN;
        result = result.and(Tri.of(compare(l.get(), ops.get(k), r.get())));
      }
      return result;
    }

    private static boolean compare(double a, String op, double b) {
      return switch (op) {
        case "<" -> a < b - 1e-9;
        case "<=" -> a <= b + 1e-9;
        case ">" -> a > b + 1e-9;
        case ">=" -> a >= b - 1e-9;
        default -> Math.abs(a - b) < 1e-9;
      };
    }

    /** The device's value of a numeric feature (lengths in px, resolution in dppx), or empty. */
    private Optional<Double> numeric(String feature) {
      double w = device.width();
      double h = device.height();
      return switch (feature) {
        case "width", "device-width" -> Optional.of(w);
        case "height", "device-height" -> Optional.of(h);
        case "aspect-ratio", "device-aspect-ratio" -> Optional.of(w / h);
        case "resolution" -> Optional.of(device.dppx());
        case "color" -> Optional.of(8.0);
        case "color-index", "monochrome", "grid" -> Optional.of(0.0);
        default -> Optional.empty();
      };
    }

    /** The device's value of a discrete feature, or empty for a feature this reading does not know. */
    private Optional<String> keyword(String feature) {
      return Optional.ofNullable(switch (feature) {
        case "orientation" -> device.height() >= device.width() ? "portrait" : "landscape";
        case "prefers-color-scheme" -> device.dark() ? "dark" : "light";
        case "prefers-reduced-motion" -> device.reducedMotion() ? "reduce" : "no-preference";
        case "hover", "any-hover" -> device.touch() ? "none" : "hover";
        case "pointer", "any-pointer" -> device.touch() ? "coarse" : "fine";
        case "prefers-contrast", "prefers-reduced-transparency" -> "no-preference";
        case "forced-colors", "inverted-colors" -> "none";
        case "scripting" -> "enabled";
        case "update" -> "fast";
        case "overflow-block", "overflow-inline" -> "scroll";
        case "display-mode" -> "browser";
        case "dynamic-range", "video-dynamic-range" -> "standard";
        case "color-gamut" -> "srgb";
        default -> null;
      });
    }

    /** A value of a numeric feature in the device's units, or empty when it cannot be read. */
    private static Optional<Double> value(String feature, String text) {
      String v = text.replace(" ", "");
      try {
        if (feature.endsWith("aspect-ratio")) {
          int slash = v.indexOf('/');
          return slash < 0 ? Optional.of(Double.parseDouble(v))
              : Optional.of(Double.parseDouble(v.substring(0, slash)) / Double.parseDouble(v.substring(slash + 1)));
        }
        if (feature.equals("resolution")) {
          if (v.endsWith("dppx")) return Optional.of(Double.parseDouble(v.substring(0, v.length() - 4)));
          if (v.endsWith("dpcm")) return Optional.of(Double.parseDouble(v.substring(0, v.length() - 4)) * 2.54 / 96);
          if (v.endsWith("dpi")) return Optional.of(Double.parseDouble(v.substring(0, v.length() - 3)) / 96);
          if (v.endsWith("x")) return Optional.of(Double.parseDouble(v.substring(0, v.length() - 1)));
          return Optional.of(Double.parseDouble(v)); // -webkit-device-pixel-ratio: a plain number
        }
        if (feature.startsWith("color") || feature.equals("monochrome") || feature.equals("grid")) {
          return Optional.of(Double.parseDouble(v));
        }
        return length(v);
      } catch (NumberFormatException unreadable) {
        return Optional.empty();
      }
    }

    /** A length in px: px, em and rem (16px, the initial font size media queries use), pt, in, cm, mm. */
    private static Optional<Double> length(String v) {
      String[][] units = {{"rem", "16"}, {"em", "16"}, {"px", "1"}, {"pt", "1.3333333333"}, {"pc", "16"},
          {"in", "96"}, {"cm", "37.795275591"}, {"mm", "3.7795275591"}, {"q", "0.94488188977"}};
      for (String[] u : units) {
        if (v.endsWith(u[0])) return Optional.of(Double.parseDouble(v.substring(0, v.length() - u[0].length())) * Double.parseDouble(u[1]));
      }
      return v.equals("0") ? Optional.of(0.0) : Optional.empty();
    }
  }
}
