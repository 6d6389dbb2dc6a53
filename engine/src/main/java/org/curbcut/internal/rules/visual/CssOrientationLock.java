package org.curbcut.internal.rules.visual;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.OrientationLock;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Device;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Rendering;

/**
 * ACT b33eff "Orientation of the page is not restricted using CSS transforms" (WCAG 1.3.4, AA).
 * Applicability: a visible element whose {@code transform} or {@code rotate} with a rotation
 * (rotate, matrix ...) is applied in an {@code @media} rule conditioned on the {@code orientation}
 * feature. Expectation: the rotation under that orientation, relative to the element's rotation
 * otherwise, does not turn the page a quarter turn (90° or 270°) — which would lock its display to
 * one orientation.
 */
public final class CssOrientationLock implements Rule {
  static final MessageKey<OrientationLock> LOCKED = MessageKey.of("locked", OrientationLock.class,
      d -> new Object[] {Contrast.format(d.degrees())});
  static final MessageKey<Diagnostic> UNKNOWN = MessageKey.of("unknown");
  private static final RuleMeta META = RuleMeta.of(CssOrientationLock.class, "css-orientation-lock",
      List.of("b33eff"), List.of("1.3.4"), Level.AA, Impact.SERIOUS)
      .withMessages(LOCKED, UNKNOWN);
  private static final Pattern ORIENTATION = Pattern.compile("orientation\\s*:\\s*(portrait|landscape)");
  private static final Pattern FUNCTION = Pattern.compile("([a-z0-9]+)\\(([^()]*)\\)");
  private static final double TOLERANCE = 1;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    List<Page> pages = new ArrayList<>();
    pages.add(ctx.page());
    for (Element e : ctx.allElements()) {
      if (e.contentDocument() != null) pages.add(e.contentDocument());
    }
    for (Page page : pages) evaluate(page, out);
  }

  private void evaluate(Page page, Outcomes out) {
    Map<Element, List<Double>> conditional = new LinkedHashMap<>();
    Map<Element, String> orientationOf = new IdentityHashMap<>();
    Map<Element, Boolean> unreadable = new IdentityHashMap<>();
    for (AuthorSheets.Rule rule : AuthorSheets.of(page).rules()) {
      String orientation = null;
      for (String c : rule.conditions()) {
        Matcher m = ORIENTATION.matcher(c);
        if (c.startsWith("@media") && m.find()) orientation = m.group(1);
      }
      if (orientation == null) continue;
      for (String prop : List.of("transform", "rotate")) {
        Styles.InlineDecl d = rule.declarations().get(prop);
        if (d == null) continue;
        String value = d.value().trim().toLowerCase(Locale.ROOT);
        if (!hasRotation(prop, value)) continue;
        Optional<Double> angle = angle(prop, value);
        for (String selector : rule.selectorList()) {
          List<Element> matched;
          try {
            matched = page.select(selector);
          } catch (IllegalArgumentException e) {
            continue;
          }
          for (Element e : matched) {
            orientationOf.putIfAbsent(e, orientation);
            if (angle.isPresent()) conditional.computeIfAbsent(e, k -> new ArrayList<>()).add(angle.get());
            else unreadable.put(e, true);
          }
        }
      }
    }
    Map<String, Page> otherwise = new java.util.HashMap<>();
    Map<Element, Boolean> seen = new IdentityHashMap<>();
    List<Element> targets = new ArrayList<>(conditional.keySet());
    for (Element e : unreadable.keySet()) if (!conditional.containsKey(e)) targets.add(e);
    for (Element e : targets) {
      if (seen.put(e, true) != null) continue;
      var visible = Rendering.isVisible(e);
      if (visible.isFalse()) continue;
      if (unreadable.containsKey(e) || visible.isUnknown()) {
        out.cantTell(e, UNKNOWN);
        continue;
      }
      double base = baseAngle(otherwise(page, orientationOf.get(e), otherwise), e).orElse(Double.NaN);
      if (Double.isNaN(base)) {
        out.cantTell(e, UNKNOWN);
        continue;
      }
      Double locking = null;
      for (double a : conditional.get(e)) {
        double d = (((a - base) % 180) + 180) % 180;
        if (Math.abs(d - 90) <= TOLERANCE) locking = a - base;
      }
      if (locking == null) out.passed(e);
      else out.failed(e, LOCKED, new OrientationLock(((locking % 360) + 360) % 360));
    }
  }

  /**
   * The page as a screen of the other orientation shows it (the audited device turned a quarter,
   * when its own orientation is the one in the query): its cascade holds the rotation "otherwise".
   */
  private static Page otherwise(Page page, String orientation, Map<String, Page> memo) {
    return memo.computeIfAbsent(orientation, o -> {
      Device d = page.device();
      boolean portrait = d.height() >= d.width();
      boolean queried = portrait == o.equals("portrait");
      if (!queried) return page;
      // a square screen is portrait: one px wider turns it landscape
      return page.forDevice(d.width() == d.height() ? d.withViewport(d.width() + 1, d.height())
          : d.withViewport(d.height(), d.width()));
    });
  }

  /** The rotation the element has on {@code page} (its own page, or that page for the other orientation), 0 when none. */
  private static Optional<Double> baseAngle(Page page, Element e) {
    Element same = page == e.page() ? e : page.element(e.key()).orElse(null);
    if (same == null) return Optional.empty();
    double total = 0;
    for (String prop : List.of("transform", "rotate")) {
      Optional<String> v = Rendering.style(same, prop).declared();
      if (v.isEmpty()) continue;
      Optional<Double> a = angle(prop, v.get().trim().toLowerCase(Locale.ROOT));
      if (a.isEmpty()) return Optional.empty();
      total += a.get();
    }
    return Optional.of(total);
  }

  private static boolean hasRotation(String prop, String value) {
    if (prop.equals("rotate")) return !value.equals("none");
    return value.contains("rotate") || value.contains("matrix");
  }

  /** The rotation about the z axis in degrees, or empty when it cannot be read. */
  static Optional<Double> angle(String prop, String value) {
    if (value.equals("none") || value.equals("initial") || value.equals("unset")) return Optional.of(0.0);
    if (prop.equals("rotate")) {
      List<String> t = Css.tokens(value);
      if (t.size() == 1) return degrees(t.get(0));
      if (t.size() == 2 && t.get(0).equals("z")) return degrees(t.get(1));
      if (t.size() == 4) {
        Optional<Double> x = Css.number(t.get(0));
        Optional<Double> y = Css.number(t.get(1));
        Optional<Double> z = Css.number(t.get(2));
        if (x.isPresent() && y.isPresent() && z.isPresent() && x.get() == 0 && y.get() == 0 && z.get() != 0) {
          return degrees(t.get(3)).map(a -> Math.signum(z.get()) * a);
        }
      }
      return Optional.empty();
    }
    double total = 0;
    Matcher m = FUNCTION.matcher(value);
    int end = 0;
    while (m.find()) {
      if (!value.substring(end, m.start()).isBlank()) return Optional.empty();
      end = m.end();
      String fn = m.group(1);
      List<String> args = new ArrayList<>();
      for (String a : m.group(2).split(",")) args.add(a.trim());
      Optional<Double> a;
      switch (fn) {
        case "rotate", "rotatez" -> a = args.size() == 1 ? degrees(args.get(0)) : Optional.empty();
        case "rotate3d" -> {
          if (args.size() != 4) return Optional.empty();
          Optional<Double> x = Css.number(args.get(0));
          Optional<Double> y = Css.number(args.get(1));
          Optional<Double> z = Css.number(args.get(2));
          if (x.isEmpty() || y.isEmpty() || z.isEmpty() || x.get() != 0 || y.get() != 0 || z.get() == 0) return Optional.empty();
          a = degrees(args.get(3)).map(d -> Math.signum(z.get()) * d);
        }
        case "matrix" -> a = args.size() == 6 ? matrixAngle(args.get(0), args.get(1)) : Optional.empty();
        case "matrix3d" -> a = args.size() == 16 ? matrixAngle(args.get(0), args.get(1)) : Optional.empty();
        case "rotatex", "rotatey" -> a = Optional.empty();
        default -> a = Optional.of(0.0); // translate, scale, skew, perspective: no rotation about z
      }
      if (a.isEmpty()) return Optional.empty();
      total += a.get();
    }
    if (!value.substring(end).isBlank()) return Optional.empty();
    return Optional.of(total);
  }

  private static Optional<Double> matrixAngle(String a, String b) {
    Optional<Double> x = Css.number(a);
    Optional<Double> y = Css.number(b);
    if (x.isEmpty() || y.isEmpty()) return Optional.empty();
    return Optional.of(Math.toDegrees(Math.atan2(y.get(), x.get())));
  }

  private static Optional<Double> degrees(String s) {
    String v = s.trim();
    if (v.equals("0")) return Optional.of(0.0);
    if (v.endsWith("deg")) return Css.number(v.substring(0, v.length() - 3));
    if (v.endsWith("grad")) return Css.number(v.substring(0, v.length() - 4)).map(g -> g * 0.9);
    if (v.endsWith("rad")) return Css.number(v.substring(0, v.length() - 3)).map(Math::toDegrees);
    if (v.endsWith("turn")) return Css.number(v.substring(0, v.length() - 4)).map(t -> t * 360);
    return Optional.empty();
  }
}
