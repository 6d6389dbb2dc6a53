package org.curbcut.internal.aria;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.curbcut.internal.standards.AsciiWhitespace;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.ShadowRoot;
import org.curbcut.snapshot.Text;

/**
 * The parent/child relations of the accessibility tree, as far as markup decides them: the flat
 * tree (shadow roots with their slots filled), re-parented by {@code aria-owns} within one tree
 * scope, with hidden elements left out and ignored elements (generic or presentational without a
 * global ARIA attribute, not focusable) made transparent, so their children take their place.
 * Obtain through {@link Aria#tree()}.
 */
public final class AccessibilityTree {
  /** One child in the accessibility tree: an element, or non-blank text directly owned. */
  public record Child(Element element, Text text) {
    public boolean isText() {
      return text != null;
    }
  }

  private final Aria aria;
  private final Map<Page, Map<Element, Element>> ownerByPage = new HashMap<>();

  AccessibilityTree(Aria aria) {
    this.aria = aria;
  }

  /**
   * True when the element is not part of the tree by itself: no role (or generic or
   * presentational), no global ARIA attribute and not focusable. Its children belong to its parent.
   */
  public boolean isIgnored(Element e) {
    Optional<String> role = aria.role(e);
    boolean roleless = role.isEmpty() || role.get().equals("generic") || Aria.isPresentational(role.get());
    return roleless && !aria.hasGlobalAriaAttribute(e) && !aria.isFocusable(e).isTrue();
  }

  /** The element that owns {@code e} through {@code aria-owns}, if any (same page and tree scope). */
  public Optional<Element> ariaOwner(Element e) {
    return Optional.ofNullable(owners(e.page()).get(e));
  }

  /** The elements {@code aria-owns} of {@code owner} points at, in attribute order (same tree scope). */
  public List<Element> ariaOwned(Element owner) {
    List<Element> out = new ArrayList<>();
    Map<Element, Element> owners = owners(owner.page());
    IdResolver ids = aria.forPage(owner.page()).ids();
    for (String id : AsciiWhitespace.split(owner.attrOr("aria-owns", ""))) {
      ids.target(owner, id).filter(t -> owners.get(t) == owner).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The parent of {@code e} in the accessibility tree: its aria-owns owner, else the nearest
   * flat-tree ancestor that is not ignored. Empty at the top.
   */
  public Optional<Element> parent(Element e) {
    Optional<Element> owner = ariaOwner(e);
    if (owner.isPresent()) return owner;
    for (Element x = flatParent(e); x != null; x = flatParent(x)) {
      Optional<Element> o = ariaOwner(x);
      if (!isIgnored(x)) return Optional.of(x);
      if (o.isPresent()) return o;
    }
    return Optional.empty();
  }

  /**
   * The accessibility children of {@code e}: flat-tree children not moved away by aria-owns, then
   * its aria-owns targets; hidden elements are left out and ignored ones are replaced by their own
   * children. Elements whose hiddenness is unknown are kept.
   */
  public List<Child> children(Element e) {
    List<Child> out = new ArrayList<>();
    Set<Element> seen = new HashSet<>();
    seen.add(e);
    collect(e, flatChildren(e), out, seen, e);
    for (Element owned : ariaOwned(e)) addElement(owned, out, seen, e);
    return out;
  }

  private void collect(Element owner, List<Node> nodes, List<Child> out, Set<Element> seen, Element root) {
    for (Node n : nodes) {
      if (n instanceof Text t) {
        if (!t.isWhitespace()) out.add(new Child(null, t));
      } else if (n instanceof Element c) {
        Element o = owners(c.page()).get(c);
        if (o != null && o != owner) continue; // moved elsewhere by aria-owns
        addElement(c, out, seen, root);
      }
    }
  }

  private void addElement(Element c, List<Child> out, Set<Element> seen, Element root) {
    aria.tick(); // every element a tree walk visits: the deadline is checked every few dozen
    if (!seen.add(c)) return;
    if (aria.isHiddenFromAT(c).isTrue()) return;
    if (isIgnored(c)) {
      collect(c, flatChildren(c), out, seen, root);
      for (Element owned : ariaOwned(c)) addElement(owned, out, seen, root);
    } else {
      out.add(new Child(c, null));
    }
  }

  /** Children in the flat tree: a shadow host's shadow-root children, a slot's assigned nodes. */
  public static List<Node> flatChildren(Element e) {
    if (e.shadowRoot() != null) return expandSlots(e.shadowRoot().children(), e);
    return e.children();
  }

  private static List<Node> expandSlots(List<Node> nodes, Element host) {
    List<Node> out = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof Element s && s.is("slot")) {
        List<Node> assigned = assigned(s, host);
        out.addAll(assigned.isEmpty() ? expandSlots(s.children(), host) : assigned);
      } else if (n instanceof Element el) {
        out.add(el);
      } else {
        out.add(n);
      }
    }
    return out;
  }

  private static List<Node> assigned(Element slot, Element host) {
    String name = slot.attrOr("name", "");
    List<Node> out = new ArrayList<>();
    for (Node n : host.children()) {
      String slotName = n instanceof Element el ? el.attrOr("slot", "") : "";
      if (slotName.equals(name) && !(name.isEmpty() && n instanceof Text t && t.isWhitespace())) out.add(n);
    }
    return out;
  }

  /** The parent in the flat tree: for a slotted light child, the slot's parent chain; else the composed parent. */
  public static Element flatParent(Element e) {
    Element p = e.parent();
    if (p != null && p.shadowRoot() != null) {
      Optional<Element> slot = slotFor(e, p);
      return slot.orElse(null);
    }
    return e.composedParent();
  }

  private static Optional<Element> slotFor(Element child, Element host) {
    String name = child.attrOr("slot", "");
    return allIn(host.shadowRoot()).stream().filter(s -> s.is("slot") && s.attrOr("name", "").equals(name)).findFirst();
  }

  private static List<Element> allIn(ShadowRoot root) {
    List<Element> out = new ArrayList<>();
    for (Node n : root.children()) {
      if (n instanceof Element el) {
        out.add(el);
        el.descendants().forEach(out::add);
      }
    }
    return out;
  }

  /** Elements of the flat tree below {@code e} (shadow trees included, slotted content once). */
  public static List<Element> flatDescendants(Element e) {
    List<Element> out = new ArrayList<>();
    Set<Element> seen = new HashSet<>();
    walk(e, out, seen);
    return out;
  }

  private static void walk(Element e, List<Element> out, Set<Element> seen) {
    for (Node n : flatChildren(e)) {
      if (n instanceof Element c && seen.add(c)) {
        out.add(c);
        walk(c, out, seen);
      }
    }
  }

  private synchronized Map<Element, Element> owners(Page page) {
    return ownerByPage.computeIfAbsent(page, p -> {
      Map<Element, Element> m = new HashMap<>();
      IdResolver refs = aria.forPage(p).ids();
      for (Element owner : p.elements()) {
        Optional<String> ids = owner.attr("aria-owns");
        if (ids.isEmpty()) continue;
        for (String id : AsciiWhitespace.split(ids.get())) {
          Optional<Element> t = refs.target(owner, id);
          // the first owner wins; an element cannot own itself or one of its ancestors
          if (t.isPresent() && t.get() != owner && !m.containsKey(t.get())
              && owner.composedAncestors().noneMatch(a -> a == t.get())) {
            m.put(t.get(), owner);
          }
        }
      }
      return m;
    });
  }
}
