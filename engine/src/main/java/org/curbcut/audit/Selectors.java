package org.curbcut.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;

/** Builds a short CSS selector that finds an element again: an id when it is unique, else a path. */
public final class Selectors {
  private Selectors() {}

  public static String of(Element e) {
    Deque<String> parts = new ArrayDeque<>();
    for (Element cur = e; cur != null; cur = cur.parent()) {
      final Element x = cur;
      String id = x.id().orElse(null);
      if (id != null && isPlainIdent(id) && x.page() != null && x.page().allById(id).size() == 1) {
        parts.push("#" + id);
        break;
      }
      Element parent = x.parent();
      if (parent == null) {
        parts.push(tag(x));
        break;
      }
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
      if (sameTag == 1 || x.is("html", "head", "body", "main")) {
        parts.push(tag(x));
      } else {
        parts.push(tag(x) + ":nth-of-type(" + n + ")");
      }
    }
    return String.join(" > ", parts);
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
