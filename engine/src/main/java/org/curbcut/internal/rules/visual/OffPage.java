package org.curbcut.internal.rules.visual;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Text;

/**
 * Whether an absolutely positioned box placed against the page is moved out of the page, beyond
 * the reach of any text, as social widgets park their cross-domain frames
 * ({@code position:absolute; top:-10000px}). The box is off the page when its top (or left)
 * offset is further above (or left of) the page than an upper bound of everything it holds can
 * reach back: the bound adds up the sizes of its replaced content (declared, or the 300×150 of a
 * frame, a canvas or a video without them), every box length declared in absolute units, and two
 * generous line boxes per element. Anything that defeats the bound — text, generated content, an
 * image without a declared size, a positioned or transformed descendant, a length in relative
 * units, a style that is not certain — means the box may be on the page.
 */
final class OffPage {
  /** Width plus height of a frame that declares no size (300×150, HTML's default object size). */
  private static final double FRAME_EXTENT = 450;
  /** The atomic inline (replaced) elements: their size is theirs, what they hold is not laid out here. */
  private static final java.util.Set<String> REPLACED =
      org.curbcut.internal.standards.HtmlStandards.get().set("atomicInlineElements");
  private static final List<String> BOX_LENGTHS = List.of("margin", "margin-top", "margin-bottom", "margin-left",
      "margin-right", "padding", "padding-top", "padding-bottom", "padding-left", "padding-right", "height",
      "min-height", "width", "min-width", "border", "border-top", "border-bottom", "border-left", "border-right",
      "border-width", "border-top-width", "border-bottom-width", "border-left-width", "border-right-width",
      "outline", "outline-width", "outline-offset", "line-height");
  private static final Map<String, Double> BORDER_KEYWORDS = Map.of("thin", 1.0, "medium", 3.0, "thick", 5.0);
  private static final java.util.Set<String> NO_LENGTH = java.util.Set.of("auto", "none", "normal", "initial",
      "unset", "inherit", "solid", "dashed", "dotted", "double", "groove", "ridge", "inset", "outset", "hidden",
      "transparent", "currentcolor", "max-content", "min-content", "fit-content");

  private OffPage() {}

  /** Whether {@code e} (absolutely positioned, its containing block the page) lies off the page with all it holds. */
  static boolean isOffPage(Styles styles, Element e) {
    double distance = Math.max(away(styles, e, "top", "bottom"), away(styles, e, "left", "right"));
    if (distance <= 0) return false;
    Optional<Double> reach = reach(styles, e);
    return reach.isPresent() && reach.get() < distance;
  }

  /** How far the offset {@code side} moves the box out of the page (0 when it does not, or is unknown). */
  private static double away(Styles styles, Element e, String side, String opposite) {
    Styles.Decl d = styles.get(e, side);
    Styles.Decl o = styles.get(e, opposite);
    if (!d.certain() || !d.declared() || !o.certain()) return 0;
    // with both offsets the box stretches between them
    if (o.declared() && !o.lower().equals("auto")) return 0;
    Optional<Double> px = Css.absolutePx(d.lower());
    return px.isPresent() && px.get() < 0 ? -px.get() : 0;
  }

  /** An upper bound of how far the box and its content extend from its corner, or empty when it has none. */
  static Optional<Double> reach(Styles styles, Element top) {
    double total = 0;
    Deque<Element> pending = new ArrayDeque<>();
    pending.push(top);
    while (!pending.isEmpty()) {
      Element x = pending.pop();
      if (Rendering.isRendered(x).isFalse()) continue;
      if (Rendering.hasGeneratedContent(x)) return Optional.empty();
      if (x != top) {
        Styles.Decl pos = styles.get(x, "position");
        if (!pos.certain() || pos.declared() && !pos.lower().equals("static")) return Optional.empty();
      }
      for (String t : List.of("transform", "translate", "scale", "zoom")) {
        Styles.Decl d = styles.get(x, t);
        if (!d.certain() || d.declared() && !d.lower().equals("none") && !d.lower().equals("normal")) return Optional.empty();
      }
      Optional<Double> fontSize = styles.fontSize(x);
      if (fontSize.isEmpty()) return Optional.empty();
      // two line boxes of twice the font size: more than a line around a replaced element takes
      total += 4 * fontSize.get();
      for (String prop : BOX_LENGTHS) {
        Styles.Decl d = styles.get(x, prop);
        if (!d.certain()) return Optional.empty();
        if (!d.declared()) continue;
        Optional<Double> len = lengths(d.lower());
        if (len.isEmpty()) return Optional.empty();
        total += len.get();
      }
      if (!x.isHtml() || REPLACED.contains(x.name().toLowerCase(Locale.ROOT))) {
        // svg and math too: a size of their own, from their attributes
        // a width and a height in absolute units (counted above) are its size; else its attributes or default
        Optional<Double> size = sizedByStyle(styles, x) ? Optional.of(0.0)
            : replacedSize(x, x.is("iframe") && x.isHtml() ? FRAME_EXTENT : null);
        if (size.isEmpty()) return Optional.empty();
        total += size.get();
        continue; // what a replaced element holds is not laid out on the page
      }
      for (Node n : x.children()) {
        if (n instanceof Text t && !t.isWhitespace()) return Optional.empty();
        if (n instanceof Element c) pending.push(c);
      }
      if (x.shadowRoot() != null) return Optional.empty();
    }
    return Optional.of(total);
  }

  /** Whether the style gives the element a width and a height in absolute units. */
  private static boolean sizedByStyle(Styles styles, Element x) {
    for (String prop : List.of("width", "height")) {
      Styles.Decl d = styles.get(x, prop);
      if (!d.certain() || !d.declared() || Css.absolutePx(d.lower()).isEmpty()) return false;
    }
    return true;
  }

  /** The sum of the lengths a box value declares (colours and styles aside); empty for relative units. */
  private static Optional<Double> lengths(String value) {
    double sum = 0;
    for (String t : Css.tokens(value)) {
      if (NO_LENGTH.contains(t) || CssColor.parse(t, Rgba.BLACK).isPresent()) continue;
      Double kw = BORDER_KEYWORDS.get(t);
      if (kw != null) {
        sum += kw;
        continue;
      }
      Optional<Double> px = Css.absolutePx(t);
      if (px.isEmpty()) return Optional.empty();
      sum += Math.abs(px.get());
    }
    return Optional.of(sum);
  }

  /** Width plus height of a replaced element from its attributes (both, for one without a default size), plus its default extent. */
  private static Optional<Double> replacedSize(Element x, Double defaultExtent) {
    double sum = 0;
    int declared = 0;
    for (String a : List.of("width", "height")) {
      Optional<String> v = x.attr(a);
      if (v.isEmpty()) continue;
      Optional<Double> n = Css.number(v.get().trim().replaceAll("px$", ""));
      if (n.isEmpty()) return Optional.empty();
      sum += Math.abs(n.get());
      declared++;
    }
    // an image with one dimension takes the other from its aspect ratio, which only the image knows
    if (defaultExtent == null) return declared == 2 ? Optional.of(sum) : Optional.empty();
    return Optional.of(sum + defaultExtent);
  }
}
