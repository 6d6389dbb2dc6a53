package org.curbcut.internal.rules.visual;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.curbcut.snapshot.Element;

/**
 * Reads the background an element paints as a set of possible colours: one colour for a plain
 * {@code background-color}, the colours along the colour stops for a CSS gradient (over the
 * background colour), or unknown for images and anything else a static reading cannot see.
 */
final class Backgrounds {
  private static final java.util.regex.Pattern GRADIENT =
      java.util.regex.Pattern.compile("(-webkit-|-moz-)?(repeating-)?(linear|radial|conic)-gradient\\(.*\\)");
  private static final java.util.regex.Pattern LENGTH_OR_PERCENT =
      java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([a-z]+|%)?");
  private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("[a-z]+");
  /** Samples per gradient segment; the set of colours is a superset of what is painted. */
  private static final int SAMPLES = 24;

  /** The colours an element's own background can show under its text, or why that is unknown. */
  record Paint(List<Rgba> colors, String unknown) {
    static Paint none() {
      return new Paint(List.of(Rgba.TRANSPARENT), null);
    }

    static Paint unknown(String reason) {
      return new Paint(List.of(), reason);
    }

    boolean isKnown() {
      return unknown == null;
    }

    boolean isOpaque() {
      if (!isKnown()) return false;
      for (Rgba c : colors) if (!c.isOpaque()) return false;
      return true;
    }

    boolean isTransparent() {
      return isKnown() && colors.stream().allMatch(c -> c.a() <= 0);
    }
  }

  private Backgrounds() {}

  static Paint of(Styles styles, Element e, Rgba currentColor) {
    Styles.Decl image = styles.get(e, "background-image");
    Styles.Decl color = styles.get(e, "background-color");
    Styles.Decl shorthand = styles.get(e, "background");
    if (!image.certain() || !color.certain() || !shorthand.certain()) return Paint.unknown("style");
    Styles.Decl clip = styles.get(e, "background-clip");
    Styles.Decl webkitClip = styles.get(e, "-webkit-background-clip");
    if (clip.lower().contains("text") || webkitClip.lower().contains("text")) return Paint.unknown("clip-text");
    if (!clip.certain() || !webkitClip.certain()) return Paint.unknown("style");

    // the colour layer
    String colorValue = color.declared() ? color.lower() : null;
    if ((colorValue == null || colorValue.equals("unknown") || CssColor.parse(colorValue, currentColor).isEmpty())
        && shorthand.declared()) {
      colorValue = shorthandColor(shorthand.lower());
    }
    Rgba base;
    if (colorValue == null) {
      Optional<String> ua = UserAgent.value(e, "background-color");
      if (ua.isEmpty()) base = Rgba.TRANSPARENT;
      else if (ua.get().equals("?")) return Paint.unknown("user-agent");
      else if (ua.get().equals(UserAgent.BUTTON_FACE)) {
        return layered(styles, e, image, shorthand, List.of(CssColor.parse("#efefef").orElseThrow(),
            CssColor.parse("#e9e9ed").orElseThrow()), currentColor);
      } else base = CssColor.parse(ua.get()).orElseThrow();
    } else if (colorValue.equals("initial") || colorValue.equals("none") || colorValue.equals("unset")) {
      base = Rgba.TRANSPARENT;
    } else {
      Optional<Rgba> parsed = CssColor.parse(colorValue, currentColor);
      if (parsed.isEmpty()) return Paint.unknown("color-value");
      base = parsed.get();
    }
    return layered(styles, e, image, shorthand, List.of(base), currentColor);
  }

  private static Paint layered(Styles styles, Element e, Styles.Decl image, Styles.Decl shorthand, List<Rgba> bases,
                               Rgba currentColor) {
    String imageValue = image.declared() ? image.value().trim() : "none";
    if (imageValue.equalsIgnoreCase("unknown")) imageValue = shorthand.declared() ? shorthand.value() : "none";
    List<String> layers = new ArrayList<>();
    for (String layer : Css.splitTopLevel(imageValue, ',')) {
      String l = layer.trim().toLowerCase(Locale.ROOT);
      if (l.isEmpty() || l.equals("none") || l.equals("initial") || l.equals("unset")) continue;
      layers.add(l);
    }
    if (layers.isEmpty()) return new Paint(bases, null);
    if (layers.size() > 1) return Paint.unknown("image");
    Optional<String> gradient = gradientOf(layers.get(0));
    if (gradient.isEmpty()) return Paint.unknown("image");
    Optional<List<Rgba>> stops = gradientColors(gradient.get(), currentColor);
    if (stops.isEmpty()) return Paint.unknown("image");
    List<Rgba> out = new ArrayList<>();
    for (Rgba base : bases) {
      for (Rgba c : stops.get()) out.add(c.over(base));
      // the gradient may not cover the whole box: the base colour may show too
      out.add(base);
    }
    return new Paint(out, null);
  }

  /** The gradient function in a background layer (a shorthand layer may hold positions too). */
  private static Optional<String> gradientOf(String layer) {
    if (layer.contains("url(") || layer.contains("image-set(") || layer.contains("element(")
        || layer.contains("cross-fade(") || layer.contains("paint(") || layer.contains("var(")) return Optional.empty();
    for (String token : Css.tokens(layer)) {
      if (GRADIENT.matcher(token).matches()) return Optional.of(token);
    }
    return Optional.empty();
  }

  /** The colours of a gradient's stops, sampled between consecutive stops (premultiplied). */
  static Optional<List<Rgba>> gradientColors(String gradient, Rgba currentColor) {
    int open = gradient.indexOf('(');
    String args = gradient.substring(open + 1, gradient.length() - 1);
    List<Rgba> stops = new ArrayList<>();
    boolean first = true;
    for (String arg : Css.splitTopLevel(args, ',')) {
      List<String> tokens = Css.tokens(arg.trim());
      Rgba found = null;
      boolean unreadable = false;
      for (String t : tokens) {
        Optional<Rgba> c = CssColor.parse(t, currentColor);
        if (c.isPresent()) {
          if (found != null) unreadable = true;
          found = c.get();
        } else if (t.startsWith("var(") || t.equals("in") || t.startsWith("color-mix(")) {
          unreadable = true;
        } else if (!first && !isLengthOrPercent(t)) {
          unreadable = true;
        }
      }
      if (unreadable) return Optional.empty();
      if (found != null) stops.add(found);
      first = false;
    }
    if (stops.size() < 2) return Optional.empty();
    List<Rgba> out = new ArrayList<>();
    for (int i = 0; i + 1 < stops.size(); i++) {
      for (int s = 0; s <= SAMPLES; s++) out.add(stops.get(i).mix(stops.get(i + 1), s / (double) SAMPLES));
    }
    return Optional.of(out);
  }

  private static boolean isLengthOrPercent(String t) {
    return LENGTH_OR_PERCENT.matcher(t).matches() || t.startsWith("calc(");
  }

  /** The background colour of a {@code background} shorthand: a colour token of its last layer. */
  static String shorthandColor(String value) {
    List<String> layers = Css.splitTopLevel(value, ',');
    String last = layers.get(layers.size() - 1);
    for (String t : Css.tokens(last)) {
      if (t.startsWith("url(") || t.contains("gradient(")) continue;
      if (CssColor.parse(t, Rgba.BLACK).isPresent() || t.equals("currentcolor")) return t;
    }
    return last.trim().equals("none") || last.trim().isEmpty() ? "transparent" : (containsUnknownColor(last) ? "?" : "transparent");
  }

  /** A token that may be a colour we cannot read (system colour, var(), colour functions). */
  private static boolean containsUnknownColor(String layer) {
    for (String t : Css.tokens(layer)) {
      if (t.startsWith("var(") || t.startsWith("color(") || t.startsWith("lab(") || t.startsWith("lch(")
          || t.startsWith("oklab(") || t.startsWith("oklch(") || t.startsWith("hwb(") || t.startsWith("color-mix(")
          || t.startsWith("light-dark(")) return true;
      if (LETTERS.matcher(t).matches() && !KEYWORDS.contains(t)) return true;
    }
    return false;
  }

  private static final java.util.Set<String> KEYWORDS = java.util.Set.of("none", "repeat", "no-repeat", "repeat-x",
      "repeat-y", "space", "round", "top", "bottom", "left", "right", "center", "fixed", "scroll", "local", "cover",
      "contain", "auto", "border-box", "padding-box", "content-box", "initial", "inherit", "unset");
}
