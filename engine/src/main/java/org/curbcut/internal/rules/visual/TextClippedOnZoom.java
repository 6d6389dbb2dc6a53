package org.curbcut.internal.rules.visual;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.rules.UnreadStyleSheets;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Text;
import org.curbcut.snapshot.Tri;

/**
 * ACT 59br37 "Zoomed text node is not clipped with CSS overflow" (WCAG 1.4.4, AA).
 * Applicability: a visible text node, included in the accessibility tree, whose parent element
 * has an ancestor (or is itself a box) with {@code overflow: hidden} or {@code clip}.
 * Expectations, at a viewport of 640 by 512 CSS px (1280 by 1024 zoomed to 200%): 1. the text is
 * not horizontally clipped, unless by {@code text-overflow: ellipsis}; 2. it is not vertically
 * clipped, unless its box is restricted to a single line (line height equal to the height).
 *
 * <p>Without layout, text size is bounded: a character is at least 0.3 and at most 0.7 times the
 * font size wide, a line at least the font size high. A clip is reported only when even the
 * smallest text does not fit; what the bounds cannot decide is cantTell. So is what a rule that
 * applies differently at 200% zoom (a media query for narrower or denser screens) declares: the
 * cascade read for the audited screen does not hold it.
 */
public final class TextClippedOnZoom implements Rule {
  private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");
  static final MessageKey<Diagnostic> CLIPPED = MessageKey.of("clipped");
  static final MessageKey<Diagnostic> UNKNOWN = MessageKey.of("unknown");
  static final MessageKey<Diagnostic> UNKNOWN_OVERFLOW = MessageKey.of("unknown-overflow");
  static final MessageKey<UnreadStyleSheets> UNREAD_SHEETS = UnreadSheetTargets.messageKey();
  private static final RuleMeta META = RuleMeta.of(TextClippedOnZoom.class, "text-clipped-on-zoom",
      List.of("59br37"), List.of("1.4.4"), Level.AA, Impact.SERIOUS)
      .withMessages(CLIPPED, UNKNOWN, UNKNOWN_OVERFLOW, UNREAD_SHEETS);
  private static final double VIEWPORT_WIDTH = 640;
  private static final double VIEWPORT_HEIGHT = 512;
  private static final double NARROW_CHAR = 0.3;
  private static final double WIDE_CHAR = 0.7;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    Map<Page, Styles> styles = new IdentityHashMap<>();
    Map<Element, Box> boxes = new IdentityHashMap<>();
    UnreadSheetTargets unread = new UnreadSheetTargets();
    for (Element e : ctx.allElements()) {
      if (!e.isHtml() || e.shadowRoot() != null) continue;
      List<String> lines = new ArrayList<>();
      StringBuilder cur = new StringBuilder();
      boolean any = false;
      for (Node n : e.children()) {
        if (n instanceof Text t) {
          cur.append(t.data());
          any |= !t.isWhitespace();
        } else if (n instanceof Element c && c.is("br")) {
          lines.add(cur.toString().strip());
          cur.setLength(0);
        }
      }
      lines.add(cur.toString().strip());
      if (!any) continue;
      Styles st = styles.computeIfAbsent(e.page() == null ? ctx.page() : e.page(), Styles::zoomed);
      Tri outcome = evaluate(ctx, st, e, lines, boxes);
      if (outcome == null) continue;
      switch (outcome) {
        case TRUE -> out.passed(e);
        case FALSE -> out.failed(e, CLIPPED);
        case UNKNOWN -> {
          if (!knownClipped(st, e, boxes)) {
            // no box around it is known to clip: what is unknown is whether one does
            if (overflowUnknownBecause(e).isPresent() || !unread.add(e)) out.cantTell(e, UNKNOWN_OVERFLOW);
          } else {
            out.cantTell(e, UNKNOWN);
          }
        }
      }
    }
    unread.report(out, UNREAD_SHEETS);
  }

  /** Whether a box around the text (or its own) is known to hide its overflow. */
  private static boolean knownClipped(Styles st, Element e, Map<Element, Box> boxes) {
    for (Element x = e; x != null; x = x.composedParent()) {
      String[] o = boxes.computeIfAbsent(x, y -> Box.of(st, y)).overflow();
      if (o != null && (isClip(o[0]) || isClip(o[1]))) return true;
    }
    return false;
  }

  /** Why the static cascade cannot know the overflow of the text's box or of a box around it, if it says. */
  private static Optional<org.curbcut.snapshot.UnknownStyle> overflowUnknownBecause(Element e) {
    for (Element x = e; x != null; x = x.composedParent()) {
      for (String prop : List.of("overflow", "overflow-x", "overflow-y")) {
        Optional<org.curbcut.snapshot.UnknownStyle> why = Rendering.unknownBecause(x, prop);
        if (why.isPresent()) return why;
      }
    }
    return Optional.empty();
  }

  /** TRUE passes, FALSE fails, UNKNOWN can't tell, null inapplicable. */
  private Tri evaluate(RuleContext ctx, Styles st, Element e, List<String> lines, Map<Element, Box> boxes) {
    Tri visible = Rendering.isVisible(e);
    if (visible.isFalse() && !shownWhenZoomedMayDiffer(e, boxes, st)) return null;
    if (visible.isFalse()) visible = Tri.UNKNOWN;
    if (ctx.aria().isHiddenFromAT(e).isTrue()) return null;
    // the clipping boxes around the text
    List<Element> clippers = new ArrayList<>();
    boolean escapes = false;
    boolean scrolls = false;
    boolean unknown = false;
    for (Element x = e; x != null; x = x.composedParent()) {
      Box box = boxes.computeIfAbsent(x, y -> Box.of(st, y));
      String[] o = box.overflow();
      if (o == null) {
        unknown = true;
        continue;
      }
      boolean clips = isClip(o[0]) || isClip(o[1]);
      if (clips) clippers.add(x);
      if (o[0].equals("auto") || o[0].equals("scroll") || o[1].equals("auto") || o[1].equals("scroll")) {
        if (clippers.isEmpty()) scrolls = true;
      }
      if (clippers.isEmpty() && box.outOfFlow()) escapes = true;
      if (box.zoomChangesDisplay()) visible = visible.and(Tri.UNKNOWN);
    }
    if (clippers.isEmpty()) return unknown ? Tri.UNKNOWN : null;
    if (visible.isUnknown() || unknown || scrolls || escapes) return Tri.UNKNOWN;
    Optional<Double> font = st.fontSize(e);
    if (font.isEmpty()) return Tri.UNKNOWN;
    double fs = font.get();
    Optional<Styles.Sourced> ws = st.inherited(e, "white-space", "normal");
    if (ws.isEmpty()) return Tri.UNKNOWN;
    boolean nowrap = ws.get().lower().equals("nowrap") || ws.get().lower().startsWith("pre");
    Optional<Styles.Sourced> lh = st.inherited(e, "line-height", "normal");
    if (lh.isEmpty()) return Tri.UNKNOWN;
    double[] lineHeight = lineHeight(st, lh.get(), fs);

    int longest = lines.stream().mapToInt(l -> WHITE_SPACE.matcher(l).replaceAll(" ").length()).max().orElse(0);
    int chars = lines.stream().mapToInt(l -> WHITE_SPACE.matcher(l).replaceAll(" ").length()).sum();
    int longestWord = 0;
    for (String l : lines) for (String w : WHITE_SPACE.split(l)) longestWord = Math.max(longestWord, w.length());

    Tri result = Tri.TRUE;
    for (Element c : clippers) {
      String[] o = overflow(st, c);
      Double width = size(st, c, "width", fs, VIEWPORT_WIDTH);
      Double height = size(st, c, "height", fs, VIEWPORT_HEIGHT);
      Double maxHeight = size(st, c, "max-height", fs, VIEWPORT_HEIGHT);
      if (width != null && width < 0 || height != null && height < 0 || maxHeight != null && maxHeight < 0) {
        return Tri.UNKNOWN; // a size we cannot resolve
      }
      // a zero-size box with hidden overflow hides its content on purpose (collapsed panels)
      if (width != null && width <= 1 || height != null && height <= 1 || maxHeight != null && maxHeight <= 1) return null;
      double widthBound = Math.min(VIEWPORT_WIDTH, width == null ? VIEWPORT_WIDTH : width);
      // horizontal
      if (isClip(o[0])) {
        if (nowrap) {
          boolean ellipsis = st.get(c, "text-overflow").lower().contains("ellipsis");
          if (!ellipsis) {
            if (longest * NARROW_CHAR * fs > widthBound) return Tri.FALSE;
            if (width == null || longest * WIDE_CHAR * fs > width) result = result.and(Tri.UNKNOWN);
          }
        } else if (longestWord * WIDE_CHAR * fs > widthBound) {
          result = result.and(Tri.UNKNOWN);
        }
      }
      // vertical
      if (isClip(o[1])) {
        Double limit = height != null ? height : maxHeight;
        if (limit == null) continue;
        boolean singleLine = height != null && lineHeight[0] == lineHeight[1] && Math.abs(lineHeight[0] - height) < 0.5;
        if (singleLine) continue;
        int minLines = lines.size();
        if (!nowrap) minLines = Math.max(minLines, (int) Math.ceil(chars * NARROW_CHAR * fs / widthBound));
        if (minLines * Math.min(lineHeight[0], fs) > limit + 0.5) return Tri.FALSE;
        boolean fits = nowrap && lines.size() * lineHeight[1] <= limit;
        if (!fits) result = result.and(Tri.UNKNOWN);
      }
    }
    return result;
  }

  /** {overflow-x, overflow-y} lower case, or null when unknown. */
  /** An ancestor's overflow (null when unknown) and whether it is absolutely or fixed positioned; memoised per run. */
  private record Box(String[] overflow, boolean outOfFlow, boolean zoomChangesDisplay) {
    static Box of(Styles st, Element x) {
      String pos = st.get(x, "position").lower();
      boolean zoomDisplay = Rendering.changesWhenZoomed(x, "display") || Rendering.changesWhenZoomed(x, "visibility");
      return new Box(TextClippedOnZoom.overflow(st, x), pos.equals("absolute") || pos.equals("fixed"), zoomDisplay);
    }
  }

  /** Whether a rule for the zoomed page may show what the audited screen hides (on the text or an ancestor). */
  private static boolean shownWhenZoomedMayDiffer(Element e, Map<Element, Box> boxes, Styles st) {
    for (Element x = e; x != null; x = x.composedParent()) {
      if (boxes.computeIfAbsent(x, y -> Box.of(st, y)).zoomChangesDisplay()) return true;
    }
    return false;
  }

  private static String[] overflow(Styles st, Element x) {
    Styles.Decl all = st.get(x, "overflow");
    Styles.Decl ox = st.get(x, "overflow-x");
    Styles.Decl oy = st.get(x, "overflow-y");
    if (!all.certain() || !ox.certain() || !oy.certain()) return null;
    String ax = "visible";
    String ay = "visible";
    if (all.declared()) {
      List<String> t = Css.tokens(all.lower());
      ax = t.isEmpty() ? "visible" : t.get(0);
      ay = t.size() > 1 ? t.get(1) : ax;
    }
    if (ox.declared()) ax = ox.lower();
    if (oy.declared()) ay = oy.lower();
    return new String[] {ax, ay};
  }

  private static boolean isClip(String v) {
    return v.equals("hidden") || v.equals("clip");
  }

  /** A declared size in px; null when auto or not declared; -1 when it cannot be resolved. */
  private static Double size(Styles st, Element c, String prop, double fs, double viewport) {
    Styles.Decl d = st.get(c, prop);
    if (!d.certain()) return -1.0;
    if (!d.declared()) return null;
    String v = d.lower();
    if (v.equals("auto") || v.equals("none") || v.equals("initial") || v.equals("unset")) return null;
    if (v.endsWith("vh")) return Css.number(v.substring(0, v.length() - 2)).map(n -> n * VIEWPORT_HEIGHT / 100).orElse(-1.0);
    if (v.endsWith("vw")) return Css.number(v.substring(0, v.length() - 2)).map(n -> n * VIEWPORT_WIDTH / 100).orElse(-1.0);
    return Css.lengthPx(v, fs, 16).orElse(-1.0);
  }

  /** The line height in px as {lowest, highest} possible ({@code normal} is about 1 to 1.25 times the font size). */
  private static double[] lineHeight(Styles st, Styles.Sourced value, double fs) {
    String v = value.lower();
    if (v.equals("normal") || v.equals("initial")) return new double[] {fs, 1.25 * fs};
    Optional<Double> n = Css.number(v);
    if (n.isPresent()) return new double[] {n.get() * fs, n.get() * fs};
    Optional<Double> sourceFont = value.from() == null ? Optional.of(fs) : st.fontSize(value.from());
    if (sourceFont.isEmpty()) return new double[] {0, Double.MAX_VALUE};
    if (v.endsWith("%")) {
      double px = Css.number(v.substring(0, v.length() - 1)).map(p -> p / 100 * sourceFont.get()).orElse(-1.0);
      return px < 0 ? new double[] {0, Double.MAX_VALUE} : new double[] {px, px};
    }
    Optional<Double> px = Css.lengthPx(v, sourceFont.get(), 16);
    return px.map(p -> new double[] {p, p}).orElse(new double[] {0, Double.MAX_VALUE});
  }
}
