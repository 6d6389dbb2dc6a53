package org.curbcut.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;

/** Builds a short CSS selector that finds an element again: an id when it is unique, else a path. */
public final class Selectors {
  private Selectors() {}

  /** A CSS selector that finds the element in its page. */
  public static String of(Element e) {
    return of(e, new IdentityHashMap<>());
  }

  /**
   * Like {@link #of(Element)}, remembering the selector of every element on the way in
   * {@code known}: the selector of an element is its parent's plus one step, so one audit's
   * findings share the work.
   */
  static String of(Element e, Map<Element, String> known) {
    // walk up to an element that ends the path (unique id, root) or whose selector is known
    Deque<Element> path = new ArrayDeque<>();
    String prefix = null;
    for (Element cur = e; cur != null; cur = cur.parent()) {
      String k = known.get(cur);
      if (k != null) {
        prefix = k;
        break;
      }
      path.push(cur);
      if (endsPath(cur)) break;
    }
    String result = prefix;
    while (!path.isEmpty()) {
      Element x = path.pop();
      String step = step(x);
      result = result == null || endsPath(x) ? step : result + " > " + step;
      known.put(x, result);
    }
    return result;
  }

  /** A unique plain id or the root: the selector starts there. */
  private static boolean endsPath(Element x) {
    return x.parent() == null || uniqueId(x) != null;
  }

  private static String uniqueId(Element x) {
    String id = x.id().orElse(null);
    return id != null && isPlainIdent(id) && x.page() != null && x.page().allById(id).size() == 1 ? id : null;
  }

  /** This element's own part of the selector. */
  private static String step(Element x) {
    String id = uniqueId(x);
    if (id != null) return "#" + id;
    Element parent = x.parent();
    if (parent == null) return tag(x);
    // sameTag: children with x's name; n: x's position among them (1-based)
    int sameTag = 0;
    int n = 1;
    boolean seen = false;
    for (Node node : parent.children()) {
      if (!(node instanceof Element c)) continue;
      if (c == x) seen = true;
      if (c.name().equals(x.name())) {
        sameTag++;
        if (!seen) n++;
      }
    }
    if (sameTag == 1 || x.is("html", "head", "body", "main")) return tag(x);
    return tag(x) + ":nth-of-type(" + n + ")";
  }

  private static String tag(Element e) {
    return isPlainIdent(e.name()) ? e.name() : "*";
  }

  /** Matches {@code [A-Za-z_][A-Za-z0-9_-]*}. */
  private static boolean isPlainIdent(String s) {
    if (s.isEmpty()) return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '-'))) return false;
    }
    return true;
  }
}
