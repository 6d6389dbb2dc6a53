package org.curbcut.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import org.curbcut.snapshot.Element;

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
      long sameTag = parent.childElements().filter(c -> c.name().equals(x.name())).count();
      if (sameTag == 1 || x.is("html", "head", "body", "main")) {
        parts.push(tag(x));
      } else {
        int n = 1;
        for (Element c : (Iterable<Element>) parent.childElements()::iterator) {
          if (c == x) break;
          if (c.name().equals(x.name())) n++;
        }
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
