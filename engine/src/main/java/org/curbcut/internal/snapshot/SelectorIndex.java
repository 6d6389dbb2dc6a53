package org.curbcut.internal.snapshot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Finds what a jsoup selector matches in one document without testing every element, as browsers
 * do: the elements are indexed by id, class and tag name, and a selector is tried only on the
 * elements that have its rightmost compound's id, one of its classes or its tag (the smallest of
 * those lists). Matching a page's style sheets selector by selector over the whole document was
 * the largest cost of reading a real page (thousands of selectors times thousands of elements).
 *
 * <p>The answer is exactly {@link Selector#select(Evaluator, org.jsoup.nodes.Element)}'s, in the
 * same document order: a key is taken only from a selector text read with certainty (plain ASCII
 * names, no escapes); any other selector is tried on every element. The index assumes the
 * document does not change; jsoup's {@code :matchText}, the one evaluator that changes it, is run
 * by jsoup itself and the index read again afterwards.
 */
final class SelectorIndex {
  private final Document doc;
  private List<org.jsoup.nodes.Element> all;
  private Map<String, List<org.jsoup.nodes.Element>> byId;
  private Map<String, List<org.jsoup.nodes.Element>> byClass;
  private Map<String, List<org.jsoup.nodes.Element>> byTag;

  SelectorIndex(Document doc) {
    this.doc = doc;
  }

  /**
   * What {@code evaluator}, parsed from {@code query}, matches in the document, in document order
   * (the document itself included when it matches, as jsoup's own select does).
   */
  List<org.jsoup.nodes.Element> select(Evaluator evaluator, String query) {
    String lower = query.toLowerCase(Locale.ROOT);
    if (lower.contains(":matchtext")) {
      all = null; // it wraps text nodes in new elements: read the document again next time
      return Selector.select(evaluator, doc);
    }
    if (lower.contains("::")) return Selector.select(evaluator, doc); // node selectors (::text) match more than elements
    if (all == null) index();
    List<org.jsoup.nodes.Element> candidates = candidates(RightmostCompound.of(query));
    List<org.jsoup.nodes.Element> out = new ArrayList<>();
    for (org.jsoup.nodes.Element el : candidates) {
      if (evaluator.matches(doc, el)) out.add(el);
    }
    return out;
  }

  private List<org.jsoup.nodes.Element> candidates(RightmostCompound key) {
    if (key == null) return all;
    List<org.jsoup.nodes.Element> best = all;
    if (key.id() != null) best = smaller(best, byId.getOrDefault(key.id(), List.of()));
    for (String c : key.classes()) best = smaller(best, byClass.getOrDefault(foldCase(c), List.of()));
    if (key.tag() != null) best = smaller(best, byTag.getOrDefault(key.tag().toLowerCase(Locale.ROOT), List.of()));
    return best;
  }

  private static List<org.jsoup.nodes.Element> smaller(List<org.jsoup.nodes.Element> a, List<org.jsoup.nodes.Element> b) {
    return b.size() < a.size() ? b : a;
  }

  private void index() {
    all = allElements(doc);
    byId = new HashMap<>();
    byClass = new HashMap<>();
    byTag = new HashMap<>();
    for (org.jsoup.nodes.Element el : all) {
      if (el == doc) continue;
      // the same reads as jsoup's Evaluator.Id (id()), Evaluator.Tag (normalName()) and hasClass
      String id = el.id();
      if (!id.isEmpty()) byId.computeIfAbsent(id, k -> new ArrayList<>()).add(el);
      byTag.computeIfAbsent(el.normalName(), k -> new ArrayList<>()).add(el);
      if (el.attributesSize() > 0) indexClasses(el, el.attributes().getIgnoreCase("class"));
    }
  }

  /**
   * The element and its descendant elements in document order, as jsoup's
   * {@code getAllElements()} lists them, by a plain walk (jsoup's stream of a node iterator took
   * twice as long as the walk, and reading a page lists them twice).
   */
  static List<org.jsoup.nodes.Element> allElements(org.jsoup.nodes.Element root) {
    List<org.jsoup.nodes.Element> out = new ArrayList<>();
    ArrayDeque<org.jsoup.nodes.Element> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      org.jsoup.nodes.Element el = pending.pop();
      out.add(el);
      for (int i = el.childNodeSize() - 1; i >= 0; i--) {
        if (el.childNode(i) instanceof org.jsoup.nodes.Element child) pending.push(child);
      }
    }
    return out;
  }

  /**
   * Indexes each class token as jsoup's {@code hasClass} splits them ({@link Character#isWhitespace}),
   * once per element even when a token repeats.
   */
  private void indexClasses(org.jsoup.nodes.Element el, String classes) {
    int n = classes.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(classes.charAt(i))) i++;
      int start = i;
      while (i < n && !Character.isWhitespace(classes.charAt(i))) i++;
      if (i > start) {
        List<org.jsoup.nodes.Element> list = byClass.computeIfAbsent(foldCase(classes.substring(start, i)),
            k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != el) list.add(el);
      }
    }
  }

  /**
   * A case fold under which two strings {@link String#equalsIgnoreCase} compares as equal are
   * equal (it compares char by char, upper case then lower case of the upper case), which is how
   * jsoup compares classes.
   */
  static String foldCase(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) out[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
    return new String(out);
  }
}
