package org.curbcut.aria;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Tri;

/**
 * ARIA semantics for one page. Obtain with {@link #of(Page)}; results are cached per element.
 *
 * <p>FIRST CUT: the public methods are the stable API rules code against; the implementation is
 * being replaced by the full standards-driven one.
 */
public final class Aria {
  private static final Map<Page, Aria> CACHE = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private final Page page;

  private Aria(Page page) {
    this.page = page;
  }

  public static Aria of(Page page) {
    return CACHE.computeIfAbsent(page, Aria::new);
  }

  public Page page() {
    return page;
  }

  /** The computed role: explicit (first valid token) else implicit; empty for generic/no role. */
  public Optional<String> role(Element e) {
    return explicitRole(e).or(() -> implicitRole(e));
  }

  /** The first valid, non-abstract token of the {@code role} attribute. */
  public Optional<String> explicitRole(Element e) {
    return e.attr("role").map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.split("\\s+")[0]);
  }

  /** The implicit role per HTML-AAM, empty when none (or generic). */
  public Optional<String> implicitRole(Element e) {
    return switch (e.name()) {
      case "a" -> e.has("href") ? Optional.of("link") : Optional.empty();
      case "button" -> Optional.of("button");
      case "img" -> Optional.of(e.attr("alt").map(String::isEmpty).orElse(false) ? "presentation" : "img");
      case "h1", "h2", "h3", "h4", "h5", "h6" -> Optional.of("heading");
      default -> Optional.empty();
    };
  }

  /** True when the element is excluded from the accessibility tree. */
  public Tri isHiddenFromAT(Element e) {
    for (Element x = e; x != null; x = x.composedParent()) {
      if (x.token("aria-hidden").orElse("").equals("true")) return Tri.TRUE;
    }
    return Rendering.isRendered(e).and(Rendering.isVisibilityHidden(e).not()).not();
  }

  /** True when the element can receive focus. */
  public Tri isFocusable(Element e) {
    if (e.has("tabindex")) return Tri.TRUE;
    return Tri.of(e.is("button", "input", "select", "textarea") || (e.is("a") && e.has("href")));
  }

  /** True when the element is in the sequential focus navigation order (Tab). */
  public Tri isInTabOrder(Element e) {
    String t = e.attrOr("tabindex", "").trim();
    if (t.startsWith("-")) return Tri.FALSE;
    return isFocusable(e);
  }

  /** True when the role takes its name from its content (accname step 2F), e.g. button, link, heading. */
  public boolean allowsNameFromContent(String role) {
    return switch (role) {
      case "button", "link", "heading", "cell", "columnheader", "rowheader", "menuitem", "tab", "option",
          "checkbox", "radio", "switch", "tooltip", "treeitem", "gridcell", "row", "sectionhead",
          "menuitemcheckbox", "menuitemradio", "comment", "suggestion" -> true;
      default -> false;
    };
  }

  /** The accessible name (accname 1.2). */
  public AccessibleName name(Element e) {
    return new NameComputation(this).name(e);
  }

  /** The accessible description (accname 1.2). */
  public AccessibleName description(Element e) {
    return new NameComputation(this).description(e);
  }
}
