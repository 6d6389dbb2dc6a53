package org.curbcut.internal.rules.visual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.ElementMemo;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.StyleValue;

/**
 * What the rules of this package know about one page's style: the cascaded value of a property on
 * an element (from {@link org.curbcut.snapshot.ElementStyle}, or a browser's computed style when the
 * page was rendered), whether that value is certain, inheritance through the composed tree, and
 * the few user-agent defaults the rules need. One instance per page and rule run (it caches).
 */
final class Styles {
  /** The cascaded value of a property on one element: declared or not, and whether we can be sure. */
  record Decl(String value, boolean certain, boolean inline) {
    static final Decl NONE = new Decl(null, true, false);
    static final Decl UNKNOWN = new Decl(null, false, false);

    boolean declared() {
      return value != null;
    }

    /** Lower-cased value without surrounding white space, or "" when not declared. */
    String lower() {
      return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }
  }

  /** One declaration of a style attribute. */
  record InlineDecl(String value, boolean important) {}

  private final Page page;
  private final Map<Element, Map<String, InlineDecl>> inline = new IdentityHashMap<>();
  private final ElementMemo<Optional<Double>> fontSizes;
  private final ElementMemo<Optional<Integer>> fontWeights;
  /** Answers of {@link #inherited} by property, then initial value, then element. */
  private final Map<String, Map<String, Map<Element, Optional<Sourced>>>> inheritedMemo = new HashMap<>();

  /** Whether declarations that change at 200% zoom are read as unknown ({@link #zoomed}). */
  private final boolean zoomed;

  Styles(Page page) {
    this(page, false);
  }

  /**
   * The styles of a page zoomed to 200%: what a rule that applies differently there declares is
   * unknown (the cascade was read for the audited screen).
   */
  static Styles zoomed(Page page) {
    return new Styles(page, true);
  }

  private Styles(Page page, boolean zoomed) {
    this.page = page;
    this.zoomed = zoomed;
    this.fontSizes = new ElementMemo<>(page);
    this.fontWeights = new ElementMemo<>(page);
  }

  Page page() {
    return page;
  }

  /**
   * The cascaded value of {@code prop} on {@code e}. Certain when no rule that could change it was
   * left unevaluated; with an unread style sheet only declarations of the {@code style} attribute
   * (which beat every normal sheet declaration) count as certain.
   */
  Decl get(Element e, String prop) {
    StyleValue v = Rendering.style(e, prop);
    if (v.computed()) return new Decl(v.value(), true, false);
    if (zoomed && Rendering.changesWhenZoomed(e, prop)) return Decl.UNKNOWN;
    // a declaration of the style attribute beats every normal declaration of a sheet, read or not
    if (v.unevaluated() && !v.inline()) return Decl.UNKNOWN;
    if (!v.isDeclared()) return v.certain() ? Decl.NONE : Decl.UNKNOWN;
    return new Decl(v.value(), v.certain(), v.inline());
  }

  /** The winning declarations of the element's {@code style} attribute. */
  Map<String, InlineDecl> inline(Element e) {
    return inline.computeIfAbsent(e, x -> x.attr("style").map(Styles::parseDeclarations).orElse(Map.of()));
  }

  /** Parses a declaration block: later wins, an important declaration beats a normal one. */
  static Map<String, InlineDecl> parseDeclarations(String block) {
    Map<String, InlineDecl> out = new HashMap<>();
    for (String part : Css.splitTopLevel(Css.stripComments(block), ';')) {
      int colon = part.indexOf(':');
      if (colon <= 0) continue;
      String prop = part.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = part.substring(colon + 1).trim();
      boolean important = false;
      int bang = value.lastIndexOf('!');
      if (bang >= 0 && value.substring(bang + 1).trim().equalsIgnoreCase("important")) {
        important = true;
        value = value.substring(0, bang).trim();
      }
      if (prop.isEmpty() || value.isEmpty()) continue;
      InlineDecl old = out.get(prop);
      if (old == null || important || !old.important()) out.put(prop, new InlineDecl(value, important));
    }
    return out;
  }

  /**
   * The value an inherited property has on {@code e}: the nearest cascaded declaration on it or a
   * composed-tree ancestor ({@code inherit}/{@code unset} continue upwards), else a user-agent
   * default, else {@code initial}. Empty when some step is unknown.
   */
  Optional<Sourced> inherited(Element e, String prop, String initial) {
    Map<Element, Optional<Sourced>> memo = inheritedMemo.computeIfAbsent(prop, k -> new HashMap<>())
        .computeIfAbsent(initial, k -> new IdentityHashMap<>());
    List<Element> walked = new ArrayList<>();
    Optional<Sourced> result = null;
    for (Element x = e; x != null && result == null; x = x.composedParent()) {
      Optional<Sourced> known = memo.get(x);
      if (known != null) {
        result = known;
        break;
      }
      walked.add(x);
      result = step(x, prop, initial);
    }
    if (result == null) result = Optional.of(new Sourced(initial, null));
    // an element that inherits shares the answer of the element it inherits from
    for (Element x : walked) memo.put(x, result);
    return result;
  }

  /** One step of {@link #inherited}: the answer decided at {@code x}, or null to continue upwards. */
  private Optional<Sourced> step(Element x, String prop, String initial) {
    Decl d = get(x, prop);
    if (!d.certain()) return Optional.empty();
    if (d.declared()) {
      String v = d.lower();
      if (v.equals("inherit") || v.equals("unset")) return null;
      if (v.equals("initial") || v.equals("revert") || v.equals("revert-layer")) {
        Optional<String> ua = v.equals("initial") ? Optional.empty() : UserAgent.value(x, prop);
        return Optional.of(new Sourced(ua.orElse(initial), x));
      }
      return Optional.of(new Sourced(d.value().trim(), x));
    }
    Optional<String> ua = UserAgent.value(x, prop);
    if (ua.isPresent()) return Optional.of(new Sourced(ua.get(), x));
    return null;
  }


  /** A value and the element whose declaration (or user-agent default) gave it; null for the initial value. */
  record Sourced(String value, Element from) {
    String lower() {
      return value.toLowerCase(Locale.ROOT);
    }
  }

  /** The computed font size in CSS px, or empty when a step cannot be resolved statically. */
  Optional<Double> fontSize(Element e) {
    if (e == null) return Optional.of(UserAgent.MEDIUM);
    // each element from its parent's size, once per element, ancestors first
    return fontSizes.inherit(e, (x, above) -> {
      Double parent = above == null ? Double.valueOf(UserAgent.MEDIUM) : above.orElse(null);
      return Optional.ofNullable(computeFontSize(x, parent));
    });
  }

  /** The font size of {@code e} given its parent's ({@code parent} null when unknown). */
  private Double computeFontSize(Element e, Double parent) {
    Decl d = get(e, "font-size");
    if (!d.certain()) return null;
    String v;
    if (d.declared()) v = d.lower();
    else {
      Optional<String> ua = UserAgent.value(e, "font-size");
      if (ua.isEmpty()) return parent;
      if (ua.get().equals("?")) return null;
      v = ua.get();
    }
    if (v.equals("inherit") || v.equals("unset")) return parent;
    if (v.equals("initial")) return UserAgent.MEDIUM;
    Double kw = UserAgent.FONT_KEYWORDS.get(v);
    if (kw != null) return kw;
    if (v.equals("larger") || v.equals("smaller")) {
      return parent == null ? null : v.equals("larger") ? parent * 1.2 : parent / 1.2;
    }
    if (v.endsWith("%")) {
      Optional<Double> n = Css.number(v.substring(0, v.length() - 1));
      return parent == null || n.isEmpty() ? null : parent * n.get() / 100;
    }
    if (v.endsWith("em") && !v.endsWith("rem")) {
      Optional<Double> n = Css.number(v.substring(0, v.length() - 2));
      return parent == null || n.isEmpty() ? null : parent * n.get();
    }
    if (v.endsWith("rem")) {
      Optional<Double> root = fontSize(page.root());
      Optional<Double> n = Css.number(v.substring(0, v.length() - 3));
      if (e == page.root()) return n.map(x -> x * UserAgent.MEDIUM).orElse(null);
      return root.isEmpty() || n.isEmpty() ? null : root.get() * n.get();
    }
    return Css.absolutePx(v).orElse(null);
  }

  /** The computed font weight (100–1000), or empty when unknown. */
  Optional<Integer> fontWeight(Element e) {
    // each element from its parent's weight, once per element
    return fontWeights.inherit(e, (x, above) -> above == null ? ownWeight(x, 400)
        : above.isEmpty() ? above : ownWeight(x, above.get()));
  }

  /** The weight on {@code x} given its parent's, or empty when its declaration cannot be read. */
  private Optional<Integer> ownWeight(Element x, int weight) {
    Decl d = get(x, "font-weight");
    if (!d.certain()) return Optional.empty();
    String v = d.declared() ? d.lower() : UserAgent.value(x, "font-weight").orElse("inherit");
    return switch (v) {
      case "inherit", "unset" -> Optional.of(weight);
      case "initial", "normal" -> Optional.of(400);
      case "bold" -> Optional.of(700);
      case "bolder" -> Optional.of(weight < 350 ? 400 : weight < 550 ? 700 : 900);
      case "lighter" -> Optional.of(weight < 550 ? 100 : weight < 750 ? 400 : 700);
      default -> Css.number(v).map(n -> (int) Math.round(n));
    };
  }
}
