package org.curbcut.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;

/** Builds a short CSS selector that finds an element again: an id when it is unique, else a path. */
public final class Selectors {
  private Selectors() {}

  /** A CSS selector that finds the element in its page. */
  public static String of(Element e) {
    return of(e, new Memo());
  }

  /**
   * A function that gives each element's selector, like {@link #of(Element)}, remembering what it
   * computed on the way: the selector of an element is its parent's plus one step, and one pass
   * over a parent's children gives every child's step, so the selectors of all of a page's
   * findings cost time proportional to the page (one call each would cost its siblings each time).
   */
  public static Function<Element, String> remembering() {
    Memo memo = new Memo();
    return e -> of(e, memo);
  }

  /** What one run of selectors has computed: each element's selector and each parent's steps. */
  private static final class Memo {
    final Map<Element, String> selectors = new IdentityHashMap<>();
    final Map<Element, Map<Element, String>> childSteps = new IdentityHashMap<>();
  }

  private static String of(Element e, Memo memo) {
    // walk up to an element that ends the path (unique id, root) or whose selector is known
    Deque<Element> path = new ArrayDeque<>();
    String prefix = null;
    for (Element cur = e; cur != null; cur = cur.parent()) {
      String k = memo.selectors.get(cur);
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
      String step = step(x, memo);
      result = result == null || endsPath(x) ? step : result + " > " + step;
      memo.selectors.put(x, result);
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
  private static String step(Element x, Memo memo) {
    String id = uniqueId(x);
    if (id != null) return "#" + id;
    Element parent = x.parent();
    if (parent == null) return tag(x);
    return memo.childSteps.computeIfAbsent(parent, Selectors::childSteps).get(x);
  }

  /**
   * The positional step of each child element of {@code parent}, in one pass (where a child has a
   * unique id, {@link #step} uses that instead).
   */
  private static Map<Element, String> childSteps(Element parent) {
    Map<String, Integer> sameTag = new HashMap<>();
    for (Node node : parent.children()) {
      if (node instanceof Element c) sameTag.merge(c.name(), 1, Integer::sum);
    }
    Map<String, Integer> seen = new HashMap<>();
    Map<Element, String> steps = new IdentityHashMap<>();
    for (Node node : parent.children()) {
      if (!(node instanceof Element c)) continue;
      // n: c's position among the children with its name (1-based)
      int n = seen.merge(c.name(), 1, Integer::sum);
      boolean plain = sameTag.get(c.name()) == 1 || c.is("html", "head", "body", "main");
      steps.put(c, plain ? tag(c) : tag(c) + ":nth-of-type(" + n + ")");
    }
    return steps;
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
