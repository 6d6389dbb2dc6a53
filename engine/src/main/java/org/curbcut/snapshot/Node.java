package org.curbcut.snapshot;

/** A node of a page snapshot: an {@link Element} or a {@link Text}. Immutable once built. */
public abstract sealed class Node permits Element, Text {
  Element parent;
  ShadowRoot shadowRootOwner;
  Page page;
  int order;
  int indexInParent = -1;

  /** The parent element in the DOM tree, or null for the root and for top-level shadow-root children. */
  public Element parent() {
    return parent;
  }

  /** The shadow root this node is in, or null when it is in the document's light tree. */
  public ShadowRoot containingShadowRoot() {
    return shadowRootOwner;
  }

  /**
   * The parent in the composed tree: the DOM parent, or the shadow host for a top-level node of a
   * shadow root.
   */
  public Element composedParent() {
    if (parent != null) return parent;
    return shadowRootOwner == null ? null : shadowRootOwner.host();
  }

  /** The page (document) this node belongs to; a srcdoc iframe has a page of its own. */
  public Page page() {
    return page;
  }

  /**
   * This node's index among its parent's children (for a top-level node of a shadow tree, among
   * the shadow root's), or -1 for the root: rules that look at a node's neighbours start there
   * instead of searching the siblings for it, which made many siblings quadratic.
   */
  public int indexInParent() {
    return indexInParent;
  }

  /** Position in document order within its page (shadow trees included, after their host). */
  public int order() {
    return order;
  }
}
