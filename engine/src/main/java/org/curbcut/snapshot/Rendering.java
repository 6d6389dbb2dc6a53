package org.curbcut.snapshot;

import java.util.Locale;
import java.util.Optional;
import org.curbcut.internal.standards.HtmlStandards;

/**
 * Answers "is it rendered, is it visible" from what the snapshot knows: the rendered mode's
 * {@link RenderFacts} when attached, otherwise the user-agent defaults of HTML plus the static
 * cascade. Unknown stays unknown.
 */
public final class Rendering {

  private Rendering() {}

  /**
   * The one way rules and helpers read style: what a browser computed for {@code property} when
   * the page was rendered, else what the static cascade declares, with how sure that is. Nothing
   * else reads an element's declared style.
   *
   * @param property a lower-case CSS property name (longhand, or {@code background})
   */
  public static StyleValue style(Element e, String property) {
    Page page = e.page();
    RenderFacts facts = page == null ? null : page.renderFactsOrNull();
    if (facts != null) {
      Optional<String> computed = facts.computedStyle(e, property);
      if (computed.isPresent()) return new StyleValue(computed.get(), true, false, false, true);
    }
    ElementStyle s = e.style;
    boolean complete = page == null || page.isStyleComplete();
    boolean inline = s.isDeclaredInline(property);
    boolean unevaluated = s.isUncertain(property);
    boolean certain = inline || (!unevaluated && complete);
    return new StyleValue(s.declared(property).orElse(null), certain, inline, unevaluated, false);
  }

  /**
   * Why the static cascade cannot know {@code property} on the element (a media query, a
   * selector, a script ...); empty when it can, or when a browser's facts answer. A style sheet
   * that could not be read is the page's ({@link Page#isStyleComplete()}), not an element's.
   */
  public static Optional<UnknownStyle> unknownBecause(Element e, String property) {
    return e.page() != null && e.page().renderFactsOrNull() != null ? Optional.empty() : e.style.unknownBecause(property);
  }

  /**
   * Whether a rule that applies differently when the page is zoomed to 200% (a media query for
   * narrower or denser screens) declares {@code property} on the element: its value at that zoom
   * is not the one {@link #style} gives. False when a browser's facts answer.
   */
  public static boolean changesWhenZoomed(Element e, String property) {
    return (e.page() == null || e.page().renderFactsOrNull() == null) && e.style.changesWhenZoomed(property);
  }

  /** Why some property of the element cannot be known statically, or empty when every one can. */
  public static Optional<UnknownStyle> unknownBecause(Element e) {
    return e.page() != null && e.page().renderFactsOrNull() != null ? Optional.empty() : e.style.anyUnknown();
  }

  /**
   * True when a {@code ::before} or {@code ::after} rule with {@code content} matches the element
   * (generated content, which the static cascade can only see, not read).
   */
  public static boolean hasGeneratedContent(Element e) {
    return e.style.hasGeneratedContent();
  }

  /**
   * The element's own {@code display} value: the author's declaration, else the user-agent's
   * {@code none} for hidden elements, else empty (some non-none default). Unknown values give
   * {@link Tri#UNKNOWN} in {@link #isDisplayNone}.
   */
  public static Tri isDisplayNone(Element e) {
    Optional<RenderFacts> facts = e.page() == null ? Optional.empty() : e.page().renderFacts();
    if (facts.isPresent()) {
      Optional<String> d = facts.get().computedStyle(e, "display");
      if (d.isPresent()) return Tri.of(d.get().equals("none"));
    }
    ElementStyle s = e.style;
    Optional<String> declared = s.declared("display").map(v -> v.toLowerCase(Locale.ROOT).trim());
    if (declared.isPresent()) {
      boolean none = declared.get().equals("none");
      if (s.isUncertain("display") && !none) return Tri.UNKNOWN;
      if (!none) return Tri.FALSE;
      return s.isUncertain("display") ? Tri.UNKNOWN : Tri.TRUE;
    }
    boolean uaNone = uaDisplayNone(e);
    if (s.isUncertain("display")) return uaNone ? Tri.TRUE.and(Tri.UNKNOWN) : Tri.UNKNOWN;
    return Tri.of(uaNone);
  }

  private static boolean uaDisplayNone(Element e) {
    if (!e.isHtml()) return false;
    if (HtmlStandards.get().isDisplayNone(e.name())) return true;
    if (e.has("hidden") && !e.token("hidden").orElse("").equals("until-found")) return true;
    if (e.is("input") && e.token("type").orElse("").equals("hidden")) return true;
    if (e.is("dialog") && !e.has("open")) return true;
    if (e.is("embed") && e.has("hidden")) return true;
    Element p = e.parent();
    // children of a closed <details>, other than its first <summary>, are not rendered
    if (p != null && p.is("details") && !p.has("open")) {
      Element firstSummary = p.childElements().filter(c -> c.is("summary")).findFirst().orElse(null);
      return e != firstSummary;
    }
    return false;
  }

  /** Whether the element and all its composed-tree ancestors are rendered (no {@code display: none}). */
  public static Tri isRendered(Element e) {
    Page page = e.page();
    if (page == null) return computeRendered(e, null);
    Tri cached = page.renderedMemo.get(e);
    if (cached != null) return cached;
    Tri r = computeRendered(e, page.renderedMemo);
    page.renderedMemo.put(e, r);
    return r;
  }

  /** The walk up the composed tree; stops at an ancestor whose answer is in {@code memo}. */
  private static Tri computeRendered(Element e, ElementMemo<Tri> memo) {
    Tri rendered = Tri.TRUE;
    for (Element x = e; x != null; x = x.composedParent()) {
      if (memo != null && x != e) {
        Tri known = memo.get(x);
        if (known != null) return rendered.and(known);
      }
      Tri none = isDisplayNone(x);
      if (none.isTrue()) return Tri.FALSE;
      rendered = rendered.and(none.not());
    }
    return rendered;
  }

  /** The inherited {@code visibility}: true when hidden or collapse applies to this element. */
  public static Tri isVisibilityHidden(Element e) {
    Page page = e.page();
    if (page == null) return inheritedVisibilityHidden(e, null);
    Tri cached = page.visibilityHiddenMemo.get(e);
    if (cached != null) return cached;
    Tri r = inheritedVisibilityHidden(e, page.visibilityHiddenMemo);
    page.visibilityHiddenMemo.put(e, r);
    return r;
  }

  /**
   * The walk up the composed tree; stops at an ancestor whose answer is in {@code memo}. A computed
   * {@code visibility} a browser reported is already inherited: it answers at once.
   */
  private static Tri inheritedVisibilityHidden(Element e, ElementMemo<Tri> memo) {
    for (Element x = e; x != null; x = x.composedParent()) {
      if (memo != null && x != e) {
        Tri known = memo.get(x);
        if (known != null) return known;
      }
      RenderFacts facts = x.page() == null ? null : x.page().renderFactsOrNull();
      if (facts != null) {
        Optional<String> v = facts.computedStyle(x, "visibility");
        if (v.isPresent()) return Tri.of(!v.get().trim().equals("visible"));
      }
      ElementStyle s = x.style;
      Optional<String> v = s.declared("visibility").map(t -> t.toLowerCase(Locale.ROOT).trim());
      if (s.isUncertain("visibility")) return Tri.UNKNOWN;
      if (v.isPresent() && !v.get().equals("inherit")) {
        return Tri.of(v.get().equals("hidden") || v.get().equals("collapse"));
      }
    }
    return Tri.FALSE;
  }

  /**
   * Whether sighted users can see the element: rendered, not visibility-hidden, and not moved out
   * of view by the common "visually hidden" techniques (clip, off-screen position, zero size with
   * hidden overflow, zero opacity).
   */
  public static Tri isVisible(Element e) {
    Optional<RenderFacts> facts = e.page() == null ? Optional.empty() : e.page().renderFacts();
    if (facts.isPresent()) {
      Tri v = facts.get().isVisible(e);
      if (!v.isUnknown()) return v;
    }
    Tri visible = isRendered(e).and(isVisibilityHidden(e).not());
    if (visible.isFalse()) return visible;
    return inVisuallyHiddenBox(e) ? Tri.FALSE : visible;
  }

  /** The element's box or an ancestor's is hidden from sight by a known CSS technique. */
  private static boolean inVisuallyHiddenBox(Element e) {
    Page page = e.page();
    if (page == null) {
      for (Element x = e; x != null; x = x.composedParent()) {
        if (isVisuallyHiddenBox(x)) return true;
      }
      return false;
    }
    return page.visuallyHiddenMemo.inherit(e, (x, above) -> Boolean.TRUE.equals(above) || isVisuallyHiddenBox(x));
  }

  /** The element's own box is hidden from sight by a known CSS technique. */
  static boolean isVisuallyHiddenBox(Element e) {
    ElementStyle s = e.style;
    byte known = s.visuallyHiddenBox;
    if (known != 0) return known == 1;
    boolean hidden = isVisuallyHiddenBox(s);
    s.visuallyHiddenBox = hidden ? (byte) 1 : (byte) 2;
    return hidden;
  }

  private static boolean isVisuallyHiddenBox(ElementStyle s) {
    String clip = s.declared("clip").orElse("").replace(" ", "").toLowerCase(Locale.ROOT);
    String clipPath = s.declared("clip-path").orElse("").replace(" ", "").toLowerCase(Locale.ROOT);
    String position = s.declared("position").orElse("").trim().toLowerCase(Locale.ROOT);
    boolean positioned = position.equals("absolute") || position.equals("fixed");
    if (positioned && (clip.startsWith("rect(0") || clip.startsWith("rect(1px,1px,1px,1px") || clip.startsWith("rect(1px1px1px1px"))) return true;
    if (clipPath.startsWith("inset(50%") || clipPath.startsWith("inset(100%") || clipPath.equals("circle(0)") || clipPath.startsWith("polygon(0000")) return true;
    if (positioned) {
      for (String side : new String[] {"left", "top", "right"}) {
        Optional<Double> px = pixels(s.declared(side).orElse(""));
        if (px.isPresent() && px.get() <= -1000) return true;
      }
    }
    Optional<String> indent = s.declared("text-indent");
    if (indent.isPresent() && pixels(indent.get()).map(v -> v <= -999).orElse(false)) return true;
    String opacity = s.isUncertain("opacity") ? "" : s.declared("opacity").orElse("").trim();
    if (opacity.equals("0") || opacity.equals("0.0")) return true;
    boolean overflowHidden = s.declared("overflow").orElse("").contains("hidden");
    if (overflowHidden) {
      Optional<Double> w = pixels(s.declared("width").orElse(""));
      Optional<Double> h = pixels(s.declared("height").orElse(""));
      if ((w.isPresent() && w.get() <= 1) && (h.isPresent() && h.get() <= 1)) return true;
    }
    return false;
  }

  /** A CSS length in px (or unitless zero); other units are not converted. */
  static Optional<Double> pixels(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT).replace("!important", "").trim();
    try {
      if (v.endsWith("px")) return Optional.of(Double.parseDouble(v.substring(0, v.length() - 2).trim()));
      if (v.endsWith("em") && !v.endsWith("rem")) return Optional.of(16 * Double.parseDouble(v.substring(0, v.length() - 2).trim()));
      if (v.equals("0")) return Optional.of(0.0);
    } catch (NumberFormatException ignored) {
      // not a length we can read: treated as unknown
    }
    return Optional.empty();
  }
}
