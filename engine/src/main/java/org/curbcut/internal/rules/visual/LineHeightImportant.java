package org.curbcut.internal.rules.visual;

import java.util.List;
import java.util.Optional;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;

/**
 * ACT 78fd32 "Important line height in style attributes is wide enough" (WCAG 1.4.12, AA).
 * Applicability: an HTML element with a visible text node child that has a soft wrap break, whose
 * computed {@code line-height} comes from an important declaration in a {@code style} attribute.
 * Expectation: the used line height is at least 1.5 times the font size ({@code normal} is about
 * 1.2, so it fails).
 *
 * <p>Soft wrap breaks are estimated: text that cannot wrap ({@code white-space: nowrap/pre}) or that
 * fits even at a generous character width in a box of fixed width is inapplicable; text that is
 * wider, at a narrow character width, than the narrowest width it may get (its boxes' fixed widths,
 * or a 320px viewport) wraps; anything between is cantTell.
 */
public final class LineHeightImportant extends ImportantSpacing {
  private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");
  private static final RuleMeta META = RuleMeta.of(LineHeightImportant.class, "line-height-important",
      List.of("78fd32"), List.of("1.4.12"), Level.AA, Impact.SERIOUS)
      .withMessages(MESSAGES);
  private static final double NARROW_CHAR = 0.3;
  private static final double WIDE_CHAR = 0.7;
  private static final double SMALL_VIEWPORT = 320;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  String property() {
    return "line-height";
  }

  @Override
  double minimum() {
    return 1.5;
  }

  @Override
  Optional<Double> pixels(String value, double sourceFont, double targetFont, double rootFont) {
    if (value.equals("normal") || value.equals("initial") || value.equals("revert") || value.equals("revert-layer")) {
      return Optional.of(1.2 * targetFont);
    }
    Optional<Double> factor = Css.number(value);
    if (factor.isPresent()) return Optional.of(factor.get() * targetFont); // numbers inherit as factors
    if (value.endsWith("%")) return Css.number(value.substring(0, value.length() - 1)).map(p -> p / 100 * sourceFont);
    return Css.lengthPx(value, sourceFont, rootFont);
  }

  @Override
  Tri applies(Styles styles, Element e, String text, double fontSize) {
    int chars = WHITE_SPACE.matcher(text.strip()).replaceAll(" ").length();
    double narrow = chars * NARROW_CHAR * fontSize;
    double wide = chars * WIDE_CHAR * fontSize;
    Double fixed = null;
    double available = SMALL_VIEWPORT;
    for (Element x = e; x != null; x = x.composedParent()) {
      Optional<Styles.Sourced> ws = x == e ? styles.inherited(e, "white-space", "normal") : Optional.of(new Styles.Sourced("normal", null));
      if (ws.isEmpty()) return Tri.UNKNOWN;
      String w = ws.get().lower();
      if (w.equals("nowrap") || w.equals("pre")) return Tri.FALSE;
      for (String prop : List.of("width", "max-width")) {
        Styles.Decl d = styles.get(x, prop);
        if (!d.certain()) return Tri.UNKNOWN;
        if (!d.declared()) continue;
        Optional<Double> px = Css.lengthPx(d.lower(), fontSize, 16);
        if (px.isEmpty()) continue;
        available = Math.min(available, px.get());
        if (prop.equals("width") && fixed == null) fixed = px.get();
      }
    }
    if (fixed != null && wide <= fixed) return Tri.FALSE;
    if (narrow > available) return Tri.TRUE;
    return Tri.UNKNOWN;
  }
}
