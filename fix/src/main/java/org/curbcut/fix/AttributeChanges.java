package org.curbcut.fix;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.curbcut.snapshot.Attribute;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.ShadowRoot;
import org.curbcut.snapshot.Text;

/**
 * How a repaired page differs from the original when the difference is attribute values only:
 * the names of the attributes added, removed or changed on any element, and which element of the
 * repaired page each original element is. Found by comparing the two parsed pages, not by reading
 * the edits, so whatever an edit did to the parse (an attribute that changes how the rest is read)
 * shows. Null ({@link #between}) when anything else differs: the elements, their order, a text,
 * a shadow tree, a frame's document, the style sheets or where the page came from.
 */
final class AttributeChanges {
  private final Set<String> names = new HashSet<>();
  private final Map<Element, Element> map = new IdentityHashMap<>();

  private AttributeChanges() {}

  /** The difference of two pages, or null when it is not only attribute values. */
  static AttributeChanges between(Page before, Page after) {
    AttributeChanges out = new AttributeChanges();
    return out.compare(before, after, 0) ? out : null;
  }

  /** The names (lower case) of the attributes whose value differs on some element, absent on one side included. */
  Set<String> names() {
    return names;
  }

  /** The repaired page's element that an original element is (also in srcdoc frames), or null. */
  Element map(Element original) {
    return map.get(original);
  }

  private boolean compare(Page a, Page b, int depth) {
    if (depth > 8) return false;
    if (a.isHtmlDocument() != b.isHtmlDocument() || a.isStyleComplete() != b.isStyleComplete()
        || !Objects.equals(a.source(), b.source()) || !Objects.equals(a.baseUri(), b.baseUri())
        || !a.device().equals(b.device()) || !a.styleSheets().equals(b.styleSheets())
        || a.renderFacts().isPresent() || b.renderFacts().isPresent()) {
      return false;
    }
    List<Element> as = a.elements();
    List<Element> bs = b.elements();
    if (as.size() != bs.size()) return false;
    for (int i = 0; i < as.size(); i++) {
      Element x = as.get(i);
      Element y = bs.get(i);
      if (!x.name().equals(y.name()) || x.namespace() != y.namespace()) return false;
      map.put(x, y);
    }
    if (map.get(a.root()) != b.root()) return false;
    for (Element x : as) {
      Element y = map.get(x);
      if (!same(x.parent(), y.parent()) || !sameChildren(x.children(), y.children())) return false;
      if (x.inTemplate() != y.inTemplate() || x.isInert() != y.isInert()) return false;
      if (!sameShadow(x.containingShadowRoot(), y.containingShadowRoot())) return false;
      ShadowRoot sx = x.shadowRoot();
      ShadowRoot sy = y.shadowRoot();
      if ((sx == null) != (sy == null)) return false;
      if (sx != null && (!sx.mode().equals(sy.mode()) || sx.delegatesFocus() != sy.delegatesFocus()
          || !sameChildren(sx.children(), sy.children()))) {
        return false;
      }
      if (x.children().isEmpty() && !inner(x).equals(inner(y))) return false;
      attributes(x, y);
      Page dx = x.contentDocument();
      Page dy = y.contentDocument();
      if ((dx == null) != (dy == null)) return false;
      if (dx != null && !compare(dx, dy, depth + 1)) return false;
    }
    return true;
  }

  /**
   * The source between an element's tags: the raw text of a script or style, which the snapshot
   * keeps no text node of (empty when a tag's position is not known).
   */
  private static String inner(Element e) {
    if (!e.startTag().isKnown() || !e.endTag().isKnown()) return "";
    int from = e.startTag().end().offset();
    int to = e.endTag().start().offset();
    String text = e.page().text();
    return from >= 0 && from <= to && to <= text.length() ? text.substring(from, to) : "";
  }

  private boolean same(Element x, Element y) {
    return x == null ? y == null : map.get(x) == y;
  }

  private boolean sameShadow(ShadowRoot x, ShadowRoot y) {
    if (x == null || y == null) return x == y;
    return map.get(x.host()) == y.host();
  }

  private boolean sameChildren(List<Node> xs, List<Node> ys) {
    if (xs.size() != ys.size()) return false;
    for (int i = 0; i < xs.size(); i++) {
      Node x = xs.get(i);
      Node y = ys.get(i);
      if (x instanceof Text tx) {
        if (!(y instanceof Text ty) || !tx.data().equals(ty.data())) return false;
      } else if (!(x instanceof Element ex) || map.get(ex) != y) {
        return false;
      }
    }
    return true;
  }

  /** Adds the names of the attributes that differ between the two elements. */
  private void attributes(Element x, Element y) {
    List<Attribute> ax = x.attributes();
    List<Attribute> ay = y.attributes();
    if (ax.size() == ay.size()) {
      boolean equal = true;
      for (int i = 0; i < ax.size() && equal; i++) {
        equal = ax.get(i).name().equals(ay.get(i).name()) && ax.get(i).value().equals(ay.get(i).value());
      }
      if (equal) return;
    }
    Map<String, String> vx = values(ax);
    Map<String, String> vy = values(ay);
    for (Map.Entry<String, String> e : vx.entrySet()) {
      if (!e.getValue().equals(vy.get(e.getKey()))) names.add(e.getKey());
    }
    for (String n : vy.keySet()) if (!vx.containsKey(n)) names.add(n);
    List<String> ox = order(ax).stream().filter(vy::containsKey).toList();
    List<String> oy = order(ay).stream().filter(vx::containsKey).toList();
    // the attributes both have, in another order: a rule that lists them sees each one change
    if (!ox.equals(oy)) names.addAll(ox);
  }

  private static Map<String, String> values(List<Attribute> attributes) {
    Map<String, String> out = new HashMap<>();
    for (Attribute a : attributes) out.putIfAbsent(a.name().toLowerCase(Locale.ROOT), a.value());
    return out;
  }

  private static List<String> order(List<Attribute> attributes) {
    return attributes.stream().map(a -> a.name().toLowerCase(Locale.ROOT)).toList();
  }
}
