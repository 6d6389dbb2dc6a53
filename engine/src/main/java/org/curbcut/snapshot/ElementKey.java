package org.curbcut.snapshot;

/**
 * A name for one element of a page that stays the same for the same document however it was
 * built, so that what a browser captured about a node can be matched to the element a parser
 * made of it: the path of element-child indices from the document element. {@code "0"} is the
 * document element, {@code "0/1"} its second element child, and {@code "#shadow"} is the step from
 * a host into its shadow root: {@code "0/1/3/#shadow/0"} is the first element child of the shadow
 * root of {@code "0/1/3"}. Text nodes and comments are not counted, so white space does not
 * change a key; a browser computes the same path from {@code children} and {@code shadowRoot}.
 * The elements of an {@code <iframe srcdoc>} document are keyed within their own page.
 *
 * @param path the path, as above
 */
public record ElementKey(String path) {
  /** The step into a shadow root. */
  public static final String SHADOW = "#shadow";

  public ElementKey {
    if (path == null || path.isEmpty()) throw new IllegalArgumentException("an element key is never empty");
  }

  /** The key of the document element. */
  public static ElementKey root() {
    return new ElementKey("0");
  }

  /** The key of this element's element child at {@code index} (0-based). */
  public ElementKey child(int index) {
    return new ElementKey(path + "/" + index);
  }

  /** The key of the element at {@code index} among the top-level elements of this element's shadow root. */
  public ElementKey shadowChild(int index) {
    return new ElementKey(path + "/" + SHADOW + "/" + index);
  }

  @Override
  public String toString() {
    return path;
  }

  /** The element this key names below {@code root}, or null. */
  Element resolve(Element root) {
    String[] steps = path.split("/");
    if (!steps[0].equals("0")) return null;
    Element at = root;
    boolean intoShadow = false;
    for (int i = 1; i < steps.length; i++) {
      if (steps[i].equals(SHADOW)) {
        if (intoShadow || at.shadowRoot() == null) return null;
        intoShadow = true;
        continue;
      }
      int index;
      try {
        index = Integer.parseInt(steps[i]);
      } catch (NumberFormatException e) {
        return null;
      }
      at = nthElement(intoShadow ? at.shadowRoot().children : at.children, index);
      if (at == null) return null;
      intoShadow = false;
    }
    return intoShadow ? null : at;
  }

  private static Element nthElement(java.util.List<Node> nodes, int index) {
    if (index < 0) return null;
    int seen = 0;
    for (Node n : nodes) {
      if (n instanceof Element e && seen++ == index) return e;
    }
    return null;
  }
}
