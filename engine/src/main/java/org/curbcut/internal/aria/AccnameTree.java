package org.curbcut.internal.aria;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.ShadowRoot;
import org.curbcut.snapshot.Text;
import org.curbcut.snapshot.Tri;

/**
 * The tree the name computation walks: the composed tree (shadow roots, slots with their assigned
 * nodes) re-parented by {@code aria-owns}, with ID references resolved by the page's
 * {@link IdResolver} and labels found by its {@link Labels}. Built once per page of a run.
 */
final class AccnameTree {
  private final Aria aria;
  /** owned element → the element whose aria-owns claimed it first. */
  private final Map<Element, Element> ownerOf = new IdentityHashMap<>();
  /** owner → owned elements in aria-owns order. */
  private final Map<Element, List<Element>> owned = new IdentityHashMap<>();
  private final Labels labels;

  AccnameTree(Aria aria) {
    this.aria = aria;
    this.labels = aria.labels();
    Page page = aria.page();
    for (Element e : page.elements()) {
      if (e.has("aria-owns")) indexOwns(e);
    }
  }

  static AccnameTree of(Aria aria) {
    return aria.accnameTree();
  }

  private void indexOwns(Element owner) {
    // ARIA: aria-owns is not resolved on an element excluded from the accessibility tree, nor for a
    // target that is (or is inside) an element hidden from all users.
    if (Rendering.isRendered(owner).isFalse() || aria.isHiddenFromAT(owner).isTrue()) return;
    for (Element target : aria.ids().targets(owner, "aria-owns")) {
      if (target == owner || ownerOf.containsKey(target)) continue;
      if (Rendering.isRendered(target).isFalse()) continue;
      if (isAncestor(target, owner)) continue; // would make a cycle in the tree
      ownerOf.put(target, owner);
      owned.computeIfAbsent(owner, k -> new ArrayList<>()).add(target);
    }
  }

  private static boolean isAncestor(Element maybeAncestor, Element e) {
    for (Element x = e.composedParent(); x != null; x = x.composedParent()) {
      if (x == maybeAncestor) return true;
    }
    return false;
  }

  /** The {@code <label>} elements of a labelable control, in tree order. */
  List<Element> labelsOf(Element control) {
    return labels.labelsOf(control);
  }

  /** The element that claims this one with aria-owns, or null. */
  Element ownerOf(Element e) {
    return ownerOf.get(e);
  }

  /** The elements this one owns through aria-owns (resolved), in attribute order. */
  List<Element> ownedBy(Element e) {
    return owned.getOrDefault(e, List.of());
  }

  /** The parent in the accessibility tree: the aria-owns owner, else the composed-tree parent. */
  Element accessibleParent(Element e) {
    Element o = ownerOf.get(e);
    return o != null ? o : e.composedParent();
  }

  /**
   * Hidden from assistive technology. Delegates to {@link Aria#isHiddenFromAT}; when an element on
   * the way up is re-parented by aria-owns, aria-hidden is read along the accessibility-tree parents
   * instead of the DOM ones (an owned element leaves its aria-hidden DOM ancestor).
   */
  Tri isHidden(Element e) {
    Tri viaAria = aria.isHiddenFromAT(e);
    if (!viaAria.isTrue() || ownerOf.isEmpty()) return viaAria;
    boolean reparented = false;
    for (Element x = e; x != null; x = x.composedParent()) {
      if (ownerOf.containsKey(x)) {
        reparented = true;
        break;
      }
    }
    if (!reparented) return viaAria;
    Tri rendered = Rendering.isRendered(e).and(Rendering.isVisibilityHidden(e).not());
    if (rendered.isFalse()) return Tri.TRUE;
    int guard = 0;
    for (Element x = e; x != null && guard++ < 1000; x = accessibleParent(x)) {
      if (x.token("aria-hidden").orElse("").equals("true")) return Tri.TRUE;
    }
    return rendered.not();
  }

  /**
   * The children of a node in the accessibility tree, in order: the shadow root's children for a
   * shadow host, the assigned nodes (or fallback content) for a slot, the light children otherwise;
   * children owned elsewhere through aria-owns are left out and this element's owned elements are
   * appended.
   */
  List<Node> children(Element e) {
    List<Node> base;
    if (e.shadowRoot() != null) {
      base = e.shadowRoot().children();
    } else if (e.is("slot") && e.containingShadowRoot() != null) {
      List<Node> assigned = assignedNodes(e);
      base = assigned.isEmpty() ? e.children() : assigned;
    } else {
      base = e.children();
    }
    List<Element> mine = ownedBy(e);
    if (ownerOf.isEmpty()) return base;
    List<Node> out = new ArrayList<>(base.size() + mine.size());
    for (Node n : base) {
      if (n instanceof Element c) {
        Element o = ownerOf.get(c);
        if (o != null && o != e) continue;
        if (o == e) continue; // appended below, in aria-owns order
      }
      out.add(n);
    }
    out.addAll(mine);
    return out;
  }

  /** The light-tree children of the shadow host that this slot is assigned. */
  static List<Node> assignedNodes(Element slot) {
    ShadowRoot root = slot.containingShadowRoot();
    Element host = root.host();
    String name = slot.attrOr("name", "");
    // only the first slot with a given name in the shadow tree receives nodes
    Element first = firstSlotNamed(root, name);
    if (first != slot) return List.of();
    List<Node> out = new ArrayList<>();
    for (Node n : host.children()) {
      if (n instanceof Text t) {
        if (name.isEmpty()) out.add(t);
      } else if (n instanceof Element c) {
        if (c.attrOr("slot", "").equals(name)) out.add(c);
      }
    }
    return out;
  }

  private static Element firstSlotNamed(ShadowRoot root, String name) {
    for (Node n : root.children()) {
      if (n instanceof Element c) {
        if (c.is("slot") && c.attrOr("name", "").equals(name)) return c;
        Optional<Element> found = c.descendants()
            .filter(d -> d.is("slot") && d.attrOr("name", "").equals(name)).findFirst();
        if (found.isPresent()) return found.get();
      }
    }
    return null;
  }
}
