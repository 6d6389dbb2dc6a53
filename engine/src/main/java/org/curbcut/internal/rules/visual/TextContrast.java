package org.curbcut.internal.rules.visual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.RuleContext;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Text;
import org.curbcut.snapshot.Tri;
import org.curbcut.snapshot.UnknownStyle;

/**
 * The contrast computation shared by {@link ColorContrast} and {@link ColorContrastEnhanced}.
 *
 * <p>Targets: every HTML element with a text node child in the flat tree that holds more than white
 * space (ACT: visible characters of text nodes whose parent is an HTML element), except text of
 * disabled widgets, of labels of disabled widgets, and of disabled groups.
 *
 * <p>Foreground: the inherited {@code color} (user-agent link and control colours, else black).
 * Background: the composed-tree ancestors' backgrounds composited from the canvas (white) upwards,
 * with group {@code opacity}; a CSS gradient gives the set of colours along its stops. Whatever a
 * static reading cannot resolve — background images, blend modes, filters, text shadows, a text box
 * that positioning may move off its ancestors' backgrounds, positioned content that may lie under
 * the text (unless it is parked off the page, {@link OffPage}), style sheets that could not be
 * read — makes the result unknown.
 *
 * <p>Every combination of possible colours is measured; the result is the lowest and highest ratio.
 */
final class TextContrast {
  enum Kind { INAPPLICABLE, CANT_TELL, MEASURED }

  /**
   * What was found for one target.
   *
   * @param min the lowest ratio over all possible colour combinations
   * @param max the highest ratio
   * @param fg the text colour (as shown) of the lowest combination
   * @param bg the background colour of the lowest combination
   * @param large whether the text is large-scale (WCAG): 24px, or 18.66px and bold
   */
  record Result(Kind kind, String reason, double min, double max, Rgba fg, Rgba bg, Tri large) {
    static Result inapplicable() {
      return new Result(Kind.INAPPLICABLE, null, 0, 0, null, null, Tri.UNKNOWN);
    }

    static Result cantTell(String reason) {
      return new Result(Kind.CANT_TELL, reason, 0, 0, null, null, Tri.UNKNOWN);
    }
  }

  /** Below this the text is as good as invisible, or its real background is not what we see. */
  private static final double INVISIBLE = 1.1;
  private static final int MAX_COMBINATIONS = 20_000;
  private static final Set<String> NOT_RENDERED_CONTENT = Set.of("canvas", "video", "audio", "object", "iframe",
      "noscript", "template", "script", "style", "head", "title");
  private static final Set<String> OPAQUE_TEXT_CONTAINERS = Set.of("select", "option", "optgroup", "datalist");
  private static final Set<String> MEDIA = Set.of("img", "video", "canvas", "picture", "svg", "iframe", "object",
      "embed");
  private static final String[] NOT_RENDERED_NAMES = NOT_RENDERED_CONTENT.toArray(String[]::new);
  private static final String[] OPAQUE_TEXT_CONTAINER_NAMES = OPAQUE_TEXT_CONTAINERS.toArray(String[]::new);
  private static final String[] MEDIA_NAMES = MEDIA.toArray(String[]::new);
  private static final List<String> TEXT_EFFECTS = List.of("-webkit-text-stroke", "-webkit-text-stroke-width",
      "-webkit-text-fill-color");
  private static final List<String> BOX_EFFECTS = List.of("mix-blend-mode", "filter", "backdrop-filter",
      "-webkit-backdrop-filter", "background-blend-mode", "mask", "mask-image", "-webkit-mask", "-webkit-mask-image");
  private static final List<String> OFFSETS = List.of("top", "left", "right", "bottom", "inset");
  private static final List<String> TRANSFORMS = List.of("transform", "translate");
  private static final Rgba LINK_UNVISITED = CssColor.parse("#0000ee").orElseThrow();
  private static final Rgba LINK_VISITED = CssColor.parse("#551a8b").orElseThrow();
  /** User-action states: no element is in one at rest. */
  private static final java.util.regex.Pattern USER_ACTION =
      java.util.regex.Pattern.compile(":(hover|active|focus|focus-visible|focus-within)(?![\\w-])", java.util.regex.Pattern.CASE_INSENSITIVE);
  private static final String UNREAD_SHEET = "-unread-sheet";
  /** Marks "no reason" in the memo maps whose values are nullable reasons. */
  private static final String NONE = new String("none");

  /** The results of the audited page, computed once per audit and shared by both contrast rules. */
  private static final RuleContext.Key<Results> RESULTS = RuleContext.Key.of("text-contrast");

  /** The contrast answers of one page, by target element in document order. */
  record Results(Map<Element, Result> byTarget) {}

  /** Every target of the context's page with its result, in document order; computed once per audit. */
  static Map<Element, Result> results(RuleContext ctx) {
    return ctx.memo(RESULTS, () -> new Results(compute(ctx))).byTarget();
  }

  private static Map<Element, Result> compute(RuleContext ctx) {
    TextContrast contrast = new TextContrast(ctx);
    Map<Element, Result> out = new LinkedHashMap<>();
    for (Map.Entry<Element, String> t : contrast.targets().entrySet()) {
      out.put(t.getKey(), withCause(contrast.evaluate(t.getKey(), t.getValue()), t.getKey()));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * A cantTell for style or visibility, with why the style is unknown when the static cascade
   * says (a media query, a selector, a script): {@code style-selector}, {@code visibility-script} ...
   * On a page with a linked style sheet that could not be read, every declaration but those of
   * {@code style} attributes is unknown, so that sheet is the cause: {@code style-unread-sheet},
   * {@code visibility-unread-sheet}.
   */
  private static Result withCause(Result r, Element target) {
    if (r.kind() != Kind.CANT_TELL || !(r.reason().equals("style") || r.reason().equals("visibility"))) return r;
    if (UnreadSheetTargets.hasUnreadSheet(target)) return Result.cantTell(r.reason() + UNREAD_SHEET);
    boolean visibility = r.reason().equals("visibility");
    for (Element x = target; x != null; x = x.composedParent()) {
      Optional<UnknownStyle> why = visibility ? hidingUnknown(x) : Rendering.unknownBecause(x);
      if (why.isPresent() && why.get() != UnknownStyle.OTHER) {
        return Result.cantTell(r.reason() + "-" + why.get().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
    }
    return r;
  }

  private static Optional<UnknownStyle> hidingUnknown(Element x) {
    for (String property : List.of("display", "visibility", "opacity")) {
      Optional<UnknownStyle> why = Rendering.unknownBecause(x, property);
      if (why.isPresent()) return why;
    }
    return Optional.empty();
  }

  private final Map<Page, PageState> pages = new IdentityHashMap<>();

  /** Per-page caches. */
  private static final class PageState {
    final Styles styles;
    /** The page's ID references and labels (which labels and aria-labelledby texts belong to a disabled control). */
    final Aria aria;
    /** Positioned boxes that may paint under or over text, by their containing block. */
    final Map<Element, List<Element>> overlaysByBlock = new IdentityHashMap<>();
    /** A positioned image or video placed against the whole page may lie under any text. */
    boolean pageWideOverlay;
    final Set<Element> pseudoHosts = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    final boolean darkScheme;
    /** Memos of per-element facts that do not depend on the text being measured. */
    final Map<Element, Boolean> outOfScope = new IdentityHashMap<>();
    final Map<Element, Boolean> disabled = new IdentityHashMap<>();
    final Map<Element, Box> boxes = new IdentityHashMap<>();
    final Map<Element, String> displacements = new IdentityHashMap<>();

    PageState(Page page, Aria aria) {
      styles = new Styles(page);
      this.aria = aria;
      for (Element e : page.elements()) {
        String pos = position(e);
        boolean negativeZ = Rendering.style(e, "z-index").declared().orElse("").trim().startsWith("-");
        if ((pos.equals("absolute") || pos.equals("fixed") || pos.equals("?") || negativeZ) && paintsSomething(e)
            && !Rendering.isRendered(e).isFalse()) {
          Element block = pos.equals("fixed") ? null : containingBlock(e.composedParent());
          if (block == null || block == page.root() || block.is("body")) {
            if ((isMedia(e) || negativeZ) && !OffPage.isOffPage(styles, e)) pageWideOverlay = true;
          } else {
            overlaysByBlock.computeIfAbsent(block, k -> new ArrayList<>()).add(e);
          }
        }
      }
      for (Element host : pseudoOverlays(page)) {
        pseudoHosts.add(host);
        Element block = containingBlock(host);
        if (block != null && block != page.root() && !block.is("body")) {
          overlaysByBlock.computeIfAbsent(block, k -> new ArrayList<>()).add(host);
        }
      }
      darkScheme = darkScheme(page);
    }

    private static String position(Element e) {
      if (Rendering.style(e, "position").unevaluated()) return "?";
      return Rendering.style(e, "position").declared().orElse("static").trim().toLowerCase(Locale.ROOT);
    }

    /** The nearest element (from {@code e} upwards) that establishes a containing block for absolute boxes. */
    private static Element containingBlock(Element e) {
      for (Element a = e; a != null; a = a.composedParent()) {
        String pos = position(a);
        if (!pos.equals("static") || Rendering.style(a, "transform").declared().filter(t -> !t.trim().equals("none")).isPresent()) {
          return a;
        }
      }
      return null;
    }

    private static boolean isMedia(Element e) {
      return e.is(MEDIA_NAMES) || e.descendants().anyMatch(d -> d.is(MEDIA_NAMES));
    }

    private static boolean paintsSomething(Element e) {
      if (isMedia(e)) return true;
      String bg = Rendering.style(e, "background-color").declared().orElse(Rendering.style(e, "background").declared().orElse("")).trim()
          .toLowerCase(Locale.ROOT);
      String img = Rendering.style(e, "background-image").declared().orElse("none").trim().toLowerCase(Locale.ROOT);
      return !(bg.isEmpty() || bg.equals("transparent") || bg.equals("none")) || !img.equals("none")
          || Rendering.style(e, "background").unevaluated() || Rendering.style(e, "background-color").unevaluated();
    }

    /** Elements whose ::before/::after is positioned and painted with a background. */
    private static List<Element> pseudoOverlays(Page page) {
      List<Element> out = new ArrayList<>();
      for (AuthorSheets.Rule r : AuthorSheets.of(page).rules()) {
        boolean painted = false;
        boolean positioned = false;
        for (Map.Entry<String, Styles.InlineDecl> d : r.declarations().entrySet()) {
          String v = d.getValue().value().trim().toLowerCase(Locale.ROOT);
          if (d.getKey().startsWith("background") && !v.equals("none") && !v.equals("transparent")) painted = true;
          if (d.getKey().equals("position") && (v.equals("absolute") || v.equals("fixed"))) positioned = true;
        }
        if (!painted || !positioned) continue;
        for (String sel : r.selectorList()) {
          String lower = sel.toLowerCase(Locale.ROOT);
          int at = Math.max(lower.lastIndexOf(":before"), lower.lastIndexOf(":after"));
          if (at < 0) continue;
          String base = sel.substring(0, at).replaceAll(":+$", "").trim();
          if (base.isEmpty()) base = "*";
          // a box shown only on hover or focus is not there at rest (as the cascade reads such states)
          if (!lower.contains(":not(") && USER_ACTION.matcher(base).find()) continue;
          try {
            out.addAll(page.select(base));
          } catch (IllegalArgumentException unreadable) {
            out.addAll(page.elements()); // we cannot tell which elements: assume any
          }
        }
      }
      return out;
    }

    private static boolean darkScheme(Page page) {
      for (Element m : page.elements()) {
        if (m.is("meta") && m.token("name").orElse("").equals("color-scheme")
            && m.attrOr("content", "").toLowerCase(Locale.ROOT).contains("dark")) return true;
      }
      for (Element e : List.of(page.root())) {
        if (Rendering.style(e, "color-scheme").declared().orElse("").toLowerCase(Locale.ROOT).contains("dark")) return true;
      }
      return page.body().map(b -> Rendering.style(b, "color-scheme").declared().orElse("").toLowerCase(Locale.ROOT).contains("dark"))
          .orElse(false);
    }
  }

  private final RuleContext ctx;

  TextContrast(RuleContext ctx) {
    this.ctx = ctx;
  }

  private PageState state(Element e) {
    Page p = e.page() == null ? ctx.page() : e.page();
    return pages.computeIfAbsent(p, q -> new PageState(q, ctx.aria(q)));
  }

  /** The elements with text node children, each with its text, in document order. */
  Map<Element, String> targets() {
    Map<Element, String> out = new LinkedHashMap<>();
    for (Element e : ctx.allElements()) {
      if (e.shadowRoot() != null) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.shadowRoot().children()) {
          if (n instanceof Text t && !t.isWhitespace()) sb.append(t.data());
        }
        if (sb.length() > 0) out.merge(e, sb.toString(), String::concat);
        continue; // light-tree text of a shadow host is only shown when slotted
      }
      StringBuilder sb = new StringBuilder();
      for (Node n : e.children()) {
        if (n instanceof Text t && !t.isWhitespace()) sb.append(t.data());
      }
      if (sb.length() > 0) out.merge(e, sb.toString(), String::concat);
    }
    return out;
  }

  Result evaluate(Element parent, String text) {
    if (!parent.isHtml()) return Result.inapplicable();
    PageState st = state(parent);
    if (outOfScope(st, parent)) return Result.inapplicable();
    Tri visible = Rendering.isVisible(parent);
    if (visible.isFalse()) return Result.inapplicable();
    if (isDisabledContext(parent)) return Result.inapplicable();
    if (visible.isUnknown()) return Result.cantTell("visibility");
    if (parent.closest(OPAQUE_TEXT_CONTAINER_NAMES).isPresent()) return Result.cantTell("control");
    if (!looksLikeText(text, parent)) return Result.cantTell("not-text");

    Styles styles = st.styles;

    // foreground
    Optional<Styles.Sourced> color = styles.inherited(parent, "color", "canvastext");
    if (color.isEmpty()) return Result.cantTell("style");
    List<Rgba> fgs = new ArrayList<>();
    String cv = color.get().lower();
    if (cv.equals(UserAgent.LINK)) {
      fgs.add(LINK_UNVISITED);
      fgs.add(LINK_VISITED);
    } else if (cv.equals("canvastext")) {
      if (st.darkScheme) return Result.cantTell("color-scheme");
      fgs.add(Rgba.BLACK);
    } else {
      Optional<Rgba> c = CssColor.parse(cv);
      if (c.isEmpty()) return Result.cantTell("color-value");
      fgs.add(c.get());
    }
    for (String prop : TEXT_EFFECTS) {
      Optional<Styles.Sourced> v = styles.inherited(parent, prop, "none");
      if (v.isEmpty()) return Result.cantTell("style");
      String s = v.get().lower().trim();
      if (!(s.equals("none") || s.equals("0") || s.equals("0px") || s.equals("currentcolor") || s.equals("initial"))) {
        return Result.cantTell("text-effect");
      }
    }
    // a text shadow that surrounds the letters in an opaque colour is their background (ACT afw4f7)
    Optional<Styles.Sourced> shadowValue = styles.inherited(parent, "text-shadow", "none");
    if (shadowValue.isEmpty()) return Result.cantTell("style");
    List<Rgba> shadows = null;
    if (!shadowValue.get().lower().trim().equals("none") && !shadowValue.get().lower().trim().equals("initial")) {
      Optional<List<Rgba>> surrounding = surroundingShadows(shadowValue.get().lower(), fgs.get(0));
      if (surrounding.isEmpty() || fgs.size() > 1) return Result.cantTell("text-shadow");
      shadows = surrounding.get();
    }

    // backgrounds, innermost first
    List<Element> chain = new ArrayList<>();
    for (Element a = parent; a != null; a = a.composedParent()) chain.add(a);
    Rgba currentColor = fgs.get(0);
    List<Backgrounds.Paint> paints = new ArrayList<>();
    List<Double> opacities = new ArrayList<>();
    int opaqueAt = -1;
    boolean unknownUnderShadow = false;
    for (int i = 0; i < chain.size(); i++) {
      Element a = chain.get(i);
      Box box = st.boxes.computeIfAbsent(a, x -> box(styles, x));
      if (box.cantTell() != null) return Result.cantTell(box.cantTell());
      opacities.add(box.opacity());
      if (opaqueAt >= 0) {
        paints.add(Backgrounds.Paint.none()); // hidden under an opaque background: does not matter
        continue;
      }
      Backgrounds.Paint paint = box.paint(styles, a, currentColor);
      if (!paint.isKnown()) {
        if (shadows == null) return Result.cantTell(paint.unknown().equals("image") ? "background-image" : "style");
        unknownUnderShadow = true;
        paint = Backgrounds.Paint.none();
      }
      paints.add(paint);
      if (paint.isOpaque()) opaqueAt = i;
    }
    if (opaqueAt < 0 && st.darkScheme && shadows == null) return Result.cantTell("color-scheme");
    if (unknownUnderShadow && opacities.stream().anyMatch(o -> o < 1)) return Result.cantTell("background-image");

    // can the text sit somewhere else than over these backgrounds, or under something else?
    if (st.pageWideOverlay && shadows == null) return Result.cantTell("overlap");
    int limit = opaqueAt < 0 ? chain.size() - 1 : opaqueAt;
    for (int i = 0; i < limit && shadows == null; i++) {
      String why = st.displacements.computeIfAbsent(chain.get(i), x -> {
        String d = displacement(styles, x);
        return d == null ? NONE : d;
      });
      if (why != NONE) return Result.cantTell(why);
    }
    Set<Element> onChain = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    if (!st.overlaysByBlock.isEmpty()) onChain.addAll(chain); // only read when some block has overlays
    for (Element a : shadows == null && !st.overlaysByBlock.isEmpty() ? chain : List.<Element>of()) {
      for (Element overlay : st.overlaysByBlock.getOrDefault(a, List.of())) {
        if (!onChain.contains(overlay) || st.pseudoHosts.contains(overlay)) return Result.cantTell("overlap");
      }
    }

    // measure every combination
    List<List<Rgba>> choices = new ArrayList<>();
    if (shadows != null) choices.add(0, shadows);
    long combos = fgs.size();
    for (Backgrounds.Paint p : paints) {
      choices.add(p.colors());
      combos *= p.colors().size();
      if (combos > MAX_COMBINATIONS) return Result.cantTell("background-image");
    }
    double min = Double.MAX_VALUE;
    double max = 0;
    Rgba worstFg = null;
    Rgba worstBg = null;
    int[] index = new int[choices.size()];
    while (true) {
      for (Rgba fg : fgs) {
        Rgba textPx = fg;
        Rgba bgPx = Rgba.TRANSPARENT;
        int first = 0;
        if (shadows != null) {
          Rgba shadow = choices.get(0).get(index[0]);
          textPx = textPx.over(shadow);
          bgPx = shadow;
          first = 1;
        }
        for (int i = first; i < choices.size(); i++) {
          Rgba paint = choices.get(i).get(index[i]);
          textPx = textPx.over(paint).withOpacity(opacities.get(i - first));
          bgPx = bgPx.over(paint).withOpacity(opacities.get(i - first));
        }
        textPx = textPx.over(Rgba.WHITE);
        bgPx = bgPx.over(Rgba.WHITE);
        double r = Contrast.ratio(textPx, bgPx);
        if (r < min) {
          min = r;
          worstFg = textPx;
          worstBg = bgPx;
        }
        max = Math.max(max, r);
      }
      int k = 0;
      while (k < index.length) {
        index[k]++;
        if (index[k] < choices.get(k).size()) break;
        index[k] = 0;
        k++;
      }
      if (k == index.length) break;
    }
    if (max < INVISIBLE) return Result.cantTell("invisible");
    return new Result(Kind.MEASURED, null, min, max, worstFg, worstBg, largeText(styles, parent));
  }

  /** Whether the element or a composed-tree ancestor takes its text out of scope (not HTML, not rendered). */
  private static boolean outOfScope(PageState st, Element e) {
    return upwards(st.outOfScope, e,
        a -> !a.isHtml() && !a.name().equalsIgnoreCase("foreignObject") || a.is(NOT_RENDERED_NAMES));
  }

  /**
   * Whether {@code here} holds for {@code e} or one of its composed-tree ancestors, memoised per
   * element (iterative: deep trees must not overflow the stack).
   */
  private static boolean upwards(Map<Element, Boolean> memo, Element e, java.util.function.Predicate<Element> here) {
    List<Element> walked = new ArrayList<>();
    boolean out = false;
    for (Element x = e; x != null; x = x.composedParent()) {
      Boolean known = memo.get(x);
      if (known != null) {
        out = known;
        break;
      }
      walked.add(x);
      if (here.test(x)) {
        out = true;
        break;
      }
    }
    // every walked element below the deciding one shares its answer
    for (Element x : walked) memo.put(x, out);
    return out;
  }

  /**
   * What an element's own box contributes whatever text is measured over it: why effects make the
   * result unknown (or null), its group opacity, and its background paint (memoised per text colour).
   */
  private static final class Box {
    private final String cantTell;
    private final double opacity;
    /** The paint by text colour (a background may use currentcolor); usually one or two entries. */
    private final Map<Rgba, Backgrounds.Paint> paints = new HashMap<>(4);

    Box(String cantTell, double opacity) {
      this.cantTell = cantTell;
      this.opacity = opacity;
    }

    String cantTell() {
      return cantTell;
    }

    double opacity() {
      return opacity;
    }

    Backgrounds.Paint paint(Styles styles, Element e, Rgba currentColor) {
      Backgrounds.Paint paint = paints.get(currentColor);
      if (paint == null) {
        paint = Backgrounds.of(styles, e, currentColor);
        paints.put(currentColor, paint);
      }
      return paint;
    }
  }

  private static Box box(Styles styles, Element a) {
    for (String prop : BOX_EFFECTS) {
      Styles.Decl d = styles.get(a, prop);
      if (!d.certain()) return new Box("style", 1);
      String v = d.lower();
      if (d.declared() && !(v.equals("none") || v.equals("normal") || v.equals("initial") || v.equals("unset"))) {
        return new Box("effect", 1);
      }
    }
    Styles.Decl op = styles.get(a, "opacity");
    if (!op.certain()) return new Box("style", 1);
    double opacity = 1;
    if (op.declared()) {
      String v = op.lower();
      Optional<Double> n = v.endsWith("%") ? Css.number(v.substring(0, v.length() - 1)).map(x -> x / 100)
          : Css.number(v);
      if (n.isEmpty()) {
        if (!(v.equals("initial") || v.equals("unset") || v.equals("inherit"))) return new Box("style", 1);
      } else {
        opacity = Math.max(0, Math.min(1, n.get()));
      }
    }
    return new Box(null, opacity);
  }

  /**
   * The colours of a text shadow that surrounds every letter in opaque colours: one shadow centred
   * on the text and blurred, or shadows towards all four diagonals whose blur covers their
   * offset. Empty when the shadow is anything else (then its effect cannot be judged statically).
   */
  static Optional<List<Rgba>> surroundingShadows(String value, Rgba currentColor) {
    List<Rgba> colors = new ArrayList<>();
    boolean centred = false;
    boolean[] quadrants = new boolean[4];
    for (String part : Css.splitTopLevel(value, ',')) {
      Rgba color = currentColor;
      List<Double> lengths = new ArrayList<>();
      for (String t : Css.tokens(part.trim())) {
        Optional<Rgba> c = CssColor.parse(t, currentColor);
        if (c.isPresent()) {
          color = c.get();
          continue;
        }
        Optional<Double> px = Css.absolutePx(t);
        if (px.isEmpty()) return Optional.empty();
        lengths.add(px.get());
      }
      if (lengths.size() < 2 || lengths.size() > 3 || !color.isOpaque()) return Optional.empty();
      double x = lengths.get(0);
      double y = lengths.get(1);
      double blur = lengths.size() == 3 ? lengths.get(2) : 0;
      if (blur <= 0) return Optional.empty();
      if (x == 0 && y == 0) centred = true;
      if (blur >= Math.max(Math.abs(x), Math.abs(y))) {
        for (int q = 0; q < 4; q++) {
          boolean right = q % 2 == 0;
          boolean down = q < 2;
          if ((right ? x >= 0 : x <= 0) && (down ? y >= 0 : y <= 0)) quadrants[q] = true;
        }
      }
      colors.add(color);
    }
    boolean all = quadrants[0] && quadrants[1] && quadrants[2] && quadrants[3];
    return centred || all ? Optional.of(colors) : Optional.empty();
  }

  /** Why positioning may move this element's box off its ancestors' backgrounds, or null. */
  private static String displacement(Styles styles, Element a) {
    Styles.Decl pos = styles.get(a, "position");
    if (!pos.certain()) return "style";
    String p = pos.lower();
    if (p.equals("absolute") || p.equals("fixed")) return "position";
    if (p.equals("relative") || p.equals("sticky")) {
      for (String side : OFFSETS) {
        Styles.Decl d = styles.get(a, side);
        if (!d.certain()) return "style";
        if (!d.declared() || d.lower().equals("auto")) continue;
        Optional<Double> px = Css.absolutePx(d.lower());
        if (px.isEmpty() || Math.abs(px.get()) > 4) return "position";
      }
    }
    for (String prop : TRANSFORMS) {
      Styles.Decl d = styles.get(a, prop);
      if (!d.certain()) return "style";
      if (d.declared() && !d.lower().equals("none") && !d.lower().equals("initial")) return "position";
    }
    return null;
  }

  /** Whether the text is large-scale: at least 18pt (24px), or 14pt (18.66px) and bold. */
  static Tri largeText(Styles styles, Element e) {
    Optional<Double> size = styles.fontSize(e);
    if (size.isEmpty()) return Tri.UNKNOWN;
    if (size.get() >= 24 - 1e-6) return Tri.TRUE;
    if (size.get() < 18.66) return Tri.FALSE;
    Optional<Integer> weight = styles.fontWeight(e);
    if (weight.isEmpty()) return Tri.UNKNOWN;
    return Tri.of(weight.get() >= 700);
  }

  /** Text in a human language has a letter or digit; a lone letter only when no author's name stands in for it. */
  private static boolean looksLikeText(String text, Element parent) {
    String t = text.strip();
    if (t.codePoints().noneMatch(Character::isLetterOrDigit)) return false; // a symbol may be an icon (1.4.11)
    if (t.codePointCount(0, t.length()) > 1 || Character.isDigit(t.codePointAt(0))) return true;
    // a lone letter is text (a footnote mark, an initial) unless an author's name stands in for it,
    // as for the "X" of a close button named "Close"
    for (Element x = parent; x != null; x = x.parent()) {
      if (x.has("aria-label") || x.has("aria-labelledby")) return false;
    }
    return true;
  }

  // --- disabled widgets (WCAG 1.4.3: text of inactive user interface components is exempt)

  private boolean isDisabledContext(Element e) {
    return isDisabledContext(state(e), e);
  }

  /** Whether the element or a composed-tree ancestor is (the label of) a disabled widget; memoised. */
  private static boolean isDisabledContext(PageState st, Element x) {
    return upwards(st.disabled, x, y -> isDisabledHere(st, y));
  }

  /**
   * Whether this element itself makes its text disabled. An aria-disabled ancestor counts through
   * its own step of the upward walk, so the widget test here looks at the element only.
   */
  private static boolean isDisabledHere(PageState st, Element x) {
    if (x.token("aria-disabled").orElse("").equals("true")) return true;
    if (Aria.isDisabledControl(x)) return true;
    if (x.is("fieldset") && x.has("disabled")) return true;
    if (x.is("label")) {
      Optional<Element> control = st.aria.labels().controlOf(x);
      if (control.isPresent() && isDisabledWidget(control.get())) return true;
    }
    if (x.id().isPresent()) {
      for (Element referrer : st.aria.ids().referrers(x, "aria-labelledby")) {
        if (isDisabledWidget(referrer)) return true;
      }
    }
    return false;
  }

  private static boolean isDisabledWidget(Element c) {
    for (Element x = c; x != null; x = x.composedParent()) {
      if (x.token("aria-disabled").orElse("").equals("true")) return true;
    }
    return Aria.isDisabledControl(c);
  }

  static Set<String> reasons() {
    return new HashSet<>(List.of("visibility", "control", "not-text", "style", "color-value", "color-scheme",
        "text-shadow", "text-effect", "effect", "background-image", "position", "overlap", "invisible", "clip-text",
        "user-agent", "style-media-query", "style-conditional-rule", "style-selector", "style-script",
        "visibility-media-query", "visibility-conditional-rule", "visibility-selector", "visibility-script"));
  }

  /**
   * Whether a cantTell reason is a style sheet of the page that was not read ({@code style-unread-sheet},
   * {@code visibility-unread-sheet}): the contrast rules report those once per page.
   */
  static boolean isUnreadSheet(String reason) {
    return reason.endsWith(UNREAD_SHEET);
  }
}
