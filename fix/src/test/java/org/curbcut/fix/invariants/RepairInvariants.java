package org.curbcut.fix.invariants;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.curbcut.fix.Edit;
import org.curbcut.fix.Repair;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.TextPatch;
import org.curbcut.fix.UnifiedDiff;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Attribute;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.SourceRange;
import org.curbcut.snapshot.Text;

/**
 * The promises a repair keeps (GUIDE principle 6, issue 3 item 5), checked on one original page
 * and its repair. Each check returns what it found wrong, in words; an empty list means the
 * repair kept every promise:
 *
 * <ol type="a">
 *   <li>visible text: the words of the text of rendered elements in the body are the same, in
 *       order (text inside what repairs add — the skip link, hints, the skip link's style — aside);
 *       and the document's whole text content is the same apart from the title and what repairs add;
 *   <li>link targets: the href of every {@code a} and {@code area}, in order;
 *   <li>form fields: name, value and type of input, select, textarea (and its text) and button,
 *       action and method of form, in order;
 *   <li>scripts and styles: every script (src and text), style element (text) and style sheet
 *       link (href), in order; the only new style is the skip link's, and it styles only the skip link;
 *   <li>no new failure: the engine reports none, no rule fails in the re-audit on an element where
 *       it passed before, and none fails where it did not fail (or could not decide) before (elements matched by
 *       document order, not by the engine's own offset mapping) — except where a rule's failure
 *       on the whole page (its root or body) became failures on parts of it (see
 *       {@link #isPageElement});
 *   <li>structure: the repaired document has the original's elements in the same order, plus only
 *       the elements repairs add; every original attribute keeps its value except the attributes
 *       repairs may set, and an existing id never changes (one exception: a later element with a
 *       duplicate id may get a fresh id, see {@link #laterDuplicateRenamed}; the first keeps its id);
 *   <li>text and patch: with nothing repaired the text is byte for byte the original; the
 *       repaired text is the original with exactly the applied repairs' edits; the unified diff
 *       applied to the original gives the repaired text.
 * </ol>
 */
public final class RepairInvariants {
  static final String SKIP_CLASS = "curbcut-skip-link";
  static final String HINT_CLASS = "curbcut-hint";

  /**
   * Attributes a repair may add, change or remove (besides id, which it may only add). {@code scope}
   * on a {@code th}: th-has-scope writes the direction its position decides, or replaces a value
   * browsers ignore; it changes what assistive technology announces, never what the page shows.
   */
  private static final Set<String> REPAIRABLE = Set.of("role", "tabindex", "alt", "title", "lang", "autocomplete", "controls", "scope");

  private RepairInvariants() {}

  /**
   * Checks one repair.
   *
   * @param result what the repair engine returned
   * @param reparse parses a text the way the original page was parsed
   * @return the violations, each one line; empty when every invariant holds
   */
  public static List<String> check(RepairResult result, Function<String, Page> reparse) {
    Page original = result.original();
    Page repaired = repairedPage(result, reparse);
    List<String> out = new ArrayList<>();
    textAndPatch(result, out);
    Alignment a = align(original, repaired, out);
    visibleText(original, repaired, a, out);
    compare("link targets", links(original, Set.of()), links(repaired, a.added), out);
    compare("form fields", formFields(original, Set.of()), formFields(repaired, a.added), out);
    scriptsAndStyles(original, repaired, a, out);
    noNewFailures(result, a, out);
    return out;
  }

  /** The page the engine re-audited (so re-audit targets can be matched), else a fresh parse. */
  private static Page repairedPage(RepairResult result, Function<String, Page> reparse) {
    if (result.after() == result.before()) return result.original();
    String source = result.original().source();
    return result.after().results().stream().map(r -> r.target().page())
        .filter(p -> p != null && p.source().equals(source) && p.text().equals(result.repairedText()))
        .findFirst().orElseGet(() -> reparse.apply(result.repairedText()));
  }

  // (g) ---------------------------------------------------------------------------------------

  private static void textAndPatch(RepairResult result, List<String> out) {
    String before = result.original().text();
    String after = result.repairedText();
    List<Repair> applied = result.appliedRepairs();
    if (applied.isEmpty() && !after.equals(before)) out.add("(g) nothing was repaired but the text changed");
    List<Edit> edits = new ArrayList<>();
    for (Repair r : applied) {
      for (Edit e : r.edits()) if (!edits.contains(e)) edits.add(e);
    }
    try {
      if (!TextPatch.of(edits).apply(before).equals(after)) {
        out.add("(g) the repaired text is not the original with the applied repairs' edits");
      }
    } catch (IllegalArgumentException e) {
      out.add("(g) the applied repairs' edits do not apply: " + e.getMessage());
    }
    String diff = UnifiedDiff.of("page.html", before, after);
    if (after.equals(before) != diff.isEmpty()) out.add("(g) the diff is empty exactly when the text is unchanged: violated");
    try {
      if (!PatchApplier.apply(before, diff).equals(after)) out.add("(g) the unified diff applied to the original does not give the repaired text");
    } catch (IllegalArgumentException e) {
      out.add("(g) the unified diff does not apply: " + e.getMessage());
    }
  }

  // (f) ---------------------------------------------------------------------------------------

  /** Which repaired element each original element became, and which repaired elements repairs added. */
  static final class Alignment {
    final Map<Element, Element> toOriginal = new IdentityHashMap<>();
    final Set<Element> added = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    boolean isAdded(Element e) {
      return added.contains(e);
    }
  }

  private static Alignment align(Page original, Page repaired, List<String> out) {
    Alignment a = new Alignment();
    alignPages(original, repaired, a, out, "");
    return a;
  }

  private static void alignPages(Page original, Page repaired, Alignment a, List<String> out, String where) {
    boolean originalHasTitle = original.elements().stream().anyMatch(e -> e.is("title"));
    List<Element> kept = new ArrayList<>();
    for (Element e : repaired.elements()) {
      if (isAddedRoot(e, originalHasTitle) || (e.parent() != null && a.added.contains(e.parent()))) {
        a.added.add(e);
        if (e.is("title")) originalHasTitle = true; // at most one added title
      } else {
        kept.add(e);
      }
    }
    List<Element> before = original.elements();
    int n = Math.min(before.size(), kept.size());
    int k = 0;
    while (k < n && sameElement(before.get(k), kept.get(k))) k++;
    if (k < before.size() || k < kept.size()) {
      out.add("(f) " + where + "element sequence differs at element " + k + ": original "
          + describe(k < before.size() ? before.get(k) : null) + ", repaired " + describe(k < kept.size() ? kept.get(k) : null));
    }
    for (int i = 0; i < k; i++) {
      Element o = before.get(i);
      Element r = kept.get(i);
      a.toOriginal.put(r, o);
      attributes(o, r, out, where);
      if (o.contentDocument() != null && r.contentDocument() != null) {
        alignPages(o.contentDocument(), r.contentDocument(), a, out, where + "srcdoc of " + describe(o) + ": ");
      }
    }
    for (Element e : a.added) {
      if (e.page() == repaired && e.is("a") && e.attrOr("class", "").contains(SKIP_CLASS)) {
        String href = e.attrOr("href", "");
        if (!href.startsWith("#") || repaired.byId(href.substring(1)).isEmpty()) {
          out.add("(f) " + where + "the added skip link points nowhere: " + href);
        }
      }
    }
  }

  private static boolean sameElement(Element o, Element r) {
    return o.name().equals(r.name()) && o.namespace() == r.namespace();
  }

  /** The root of something a repair adds: a skip link, a hint, the skip link's style, a missing title. */
  static boolean isAddedRoot(Element e, boolean originalHasTitle) {
    if (hasClass(e, SKIP_CLASS) || hasClass(e, HINT_CLASS)) return true;
    if (e.is("style") && styleText(e).contains("." + SKIP_CLASS)) return true;
    if (e.is("style") && e.attrOr("data-curbcut", "").equals("focus-visible")) return true;
    return e.is("title") && !originalHasTitle;
  }

  private static boolean hasClass(Element e, String cls) {
    for (String c : e.attrOr("class", "").split("\\s+")) if (c.equals(cls)) return true;
    return false;
  }

  private static void attributes(Element o, Element r, List<String> out, String where) {
    Set<String> names = new LinkedHashSet<>();
    for (Attribute x : o.attributes()) names.add(x.name());
    for (Attribute x : r.attributes()) names.add(x.name());
    for (String name : names) {
      Optional<String> ov = o.attr(name);
      Optional<String> rv = r.attr(name);
      if (ov.equals(rv)) continue;
      String change = name + ": " + ov.map(v -> "\"" + v + "\"").orElse("absent") + " → " + rv.map(v -> "\"" + v + "\"").orElse("absent");
      if (name.equals("id")) {
        if (ov.isPresent() && !laterDuplicateRenamed(o, ov.get(), rv)) {
          out.add("(f) " + where + "an existing id changed on " + describe(o) + ": " + change);
        }
        continue;
      }
      if (!repairable(name, o)) out.add("(f) " + where + "attribute a repair may not touch changed on " + describe(o) + ": " + change);
    }
  }

  /**
   * The one way an existing id may change: a later element with a duplicate id gets a fresh id.
   * Every id lookup (getElementById, label for, ARIA references, fragment links) reaches the first
   * element with an id, so the first keeps its id; a later one may get a new id that no element of
   * the original had (the duplicate-id repair does this only where no style or script can notice).
   */
  private static boolean laterDuplicateRenamed(Element o, String was, Optional<String> now) {
    List<Element> same = o.page().allById(was);
    return same.size() > 1 && same.get(0) != o && now.isPresent() && !now.get().isEmpty()
        && o.page().allById(now.get()).isEmpty();
  }

  private static boolean repairable(String name, Element e) {
    String n = name.toLowerCase(Locale.ROOT);
    if (REPAIRABLE.contains(n) || n.startsWith("aria-") || n.startsWith("data-curbcut-")) return true;
    return n.equals("content") && e.is("meta") && e.attrOr("name", "").trim().equalsIgnoreCase("viewport");
  }

  static String describe(Element e) {
    if (e == null) return "(none)";
    String snippet = e.sourceSnippet();
    if (snippet.length() > 80) snippet = snippet.substring(0, 80) + "…";
    return "<" + e.name() + "> #" + e.order() + (snippet.isEmpty() ? " (implied)" : " " + snippet);
  }

  // (a) ---------------------------------------------------------------------------------------

  private static void visibleText(Page original, Page repaired, Alignment a, List<String> out) {
    compare("(a) visible text of the body", words(original, a, true), words(repaired, a, true), out);
    compare("(a) text content of the document", words(original, a, false), words(repaired, a, false), out);
  }

  /** Words of the body's rendered text (visibleOnly), or of every text of the document but the title. */
  private static List<String> words(Page page, Alignment a, boolean visibleOnly) {
    List<String> words = new ArrayList<>();
    Element top = visibleOnly ? page.body().orElse(page.root()) : page.root();
    if (visibleOnly && Rendering.isRendered(top).isFalse()) return words;
    collectWords(top, a, visibleOnly, words);
    return words;
  }

  private static void collectWords(Element e, Alignment a, boolean visibleOnly, List<String> words) {
    if (a.isAdded(e) || (!visibleOnly && e.is("title"))) return;
    if (visibleOnly && Rendering.isDisplayNone(e).isTrue()) return; // the caller checked the ancestors
    collectChildren(e.children(), a, visibleOnly, words);
    if (e.shadowRoot() != null) collectChildren(e.shadowRoot().children(), a, visibleOnly, words);
  }

  private static void collectChildren(List<Node> children, Alignment a, boolean visibleOnly, List<String> words) {
    for (Node n : children) {
      if (n instanceof Text t) {
        for (String w : t.data().split("[\\s\\u00a0]+")) if (!w.isEmpty()) words.add(w);
      } else if (n instanceof Element c) {
        collectWords(c, a, visibleOnly, words);
      }
    }
  }

  // (b), (c) ----------------------------------------------------------------------------------

  private static List<String> links(Page page, Set<Element> added) {
    List<String> out = new ArrayList<>();
    for (Element e : page.elements()) {
      if (added.contains(e) || !(e.name().equals("a") || e.name().equals("area"))) continue;
      out.add(e.name() + " href=" + e.attr("href").orElse("(none)") + e.attr("xlink:href").map(h -> " xlink:href=" + h).orElse(""));
    }
    return out;
  }

  private static List<String> formFields(Page page, Set<Element> added) {
    List<String> out = new ArrayList<>();
    for (Element e : page.elements()) {
      if (added.contains(e)) continue;
      if (e.is("input", "select", "textarea", "button")) {
        out.add(e.name() + " name=" + e.attr("name").orElse("(none)") + " type=" + e.attr("type").orElse("(none)")
            + " value=" + e.attr("value").orElse("(none)") + (e.is("textarea") ? " text=" + e.textContent() : ""));
      } else if (e.is("form")) {
        out.add("form action=" + e.attr("action").orElse("(none)") + " method=" + e.attr("method").orElse("(none)"));
      }
    }
    return out;
  }

  // (d) ---------------------------------------------------------------------------------------

  private static void scriptsAndStyles(Page original, Page repaired, Alignment a, List<String> out) {
    compare("(d) scripts and styles", scriptsAndStyles(original, Set.of()), scriptsAndStyles(repaired, a.added), out);
    for (Element e : a.added) {
      if (!e.is("style")) continue;
      String css = styleText(e).replaceAll("\\{[^}]*}", "\n");
      for (String selector : css.split("[\\n,]")) {
        boolean focusStyle = e.attrOr("data-curbcut", "").equals("focus-visible") && selector.trim().equals(":focus-visible");
        if (!selector.isBlank() && !selector.trim().startsWith("." + SKIP_CLASS) && !focusStyle) {
          out.add("(d) the added style styles more than the skip link: " + selector.trim());
        }
      }
    }
  }

  private static List<String> scriptsAndStyles(Page page, Set<Element> added) {
    List<String> out = new ArrayList<>();
    for (Element e : page.elements()) {
      if (added.contains(e)) continue;
      if (e.is("script")) {
        out.add("script src=" + e.attr("src").orElse("(none)") + " text=" + styleText(e));
      } else if (e.is("style")) {
        out.add("style text=" + styleText(e));
      } else if (e.is("link") && e.attrOr("rel", "").toLowerCase(Locale.ROOT).contains("stylesheet")) {
        out.add("link rel=" + e.attrOr("rel", "") + " href=" + e.attr("href").orElse("(none)"));
      }
    }
    return out;
  }

  /** The raw text of a script or style element, from the source (the snapshot keeps no text nodes for them). */
  static String styleText(Element e) {
    SourceRange st = e.startTag();
    if (!st.isKnown()) return "";
    String text = e.page().text();
    int start = st.end().offset();
    int end = e.endTag().isKnown() ? e.endTag().start().offset() : text.length();
    return start <= end && end <= text.length() ? text.substring(start, end) : "";
  }

  // (e) ---------------------------------------------------------------------------------------

  private static void noNewFailures(RepairResult result, Alignment a, List<String> out) {
    for (RuleResult r : result.newFailures()) {
      out.add("(e) the engine reports a new failure: " + r.rule().id() + " on " + describe(r.target()));
    }
    if (result.after() == result.before()) return;
    Map<Element, Set<String>> failedBefore = new IdentityHashMap<>();
    Map<Element, Set<String>> passedBefore = new IdentityHashMap<>();
    Set<String> pageWide = new HashSet<>();
    for (RuleResult r : result.before().results()) {
      if (r.outcome() == Outcome.FAILED) {
        failedBefore.computeIfAbsent(r.target(), k -> new HashSet<>()).add(r.rule().id());
        if (isPageElement(r.target(), result.original())) pageWide.add(r.rule().id());
      } else if (r.outcome() == Outcome.CANT_TELL) {
        // undecided before, decided now: the barrier was there, the repair let the rule see it
        failedBefore.computeIfAbsent(r.target(), k -> new HashSet<>()).add(r.rule().id());
      } else if (r.outcome() == Outcome.PASSED) {
        passedBefore.computeIfAbsent(r.target(), k -> new HashSet<>()).add(r.rule().id());
      }
    }
    Page repaired = null;
    for (Map.Entry<Element, Element> e : a.toOriginal.entrySet()) {
      if (e.getValue() == result.original().root()) repaired = e.getKey().page();
    }
    for (RuleResult r : result.after().results()) {
      if (r.outcome() == Outcome.FAILED && repaired != null && isPageElement(r.target(), repaired)) pageWide.remove(r.rule().id());
    }
    Set<String> reported = new HashSet<>();
    for (RuleResult r : result.after().results()) {
      if (r.outcome() != Outcome.FAILED) continue;
      Element now = r.target();
      Element was = a.toOriginal.get(now);
      String rule = r.rule().id();
      if (!reported.add(rule + "@" + System.identityHashCode(now))) continue;
      if (was != null && passedBefore.getOrDefault(was, Set.of()).contains(rule)) {
        out.add("(e) rule " + rule + " fails on " + describe(now) + " where it passed before");
      } else if (a.isAdded(now)) {
        out.add("(e) rule " + rule + " fails on an element a repair added: " + describe(now));
      } else if (was == null) {
        out.add("(e) rule " + rule + " fails on an element that could not be matched: " + describe(now));
      } else if (!failedBefore.getOrDefault(was, Set.of()).contains(rule)
          && !(pageWide.contains(rule) && now.page() == repaired)) {
        out.add("(e) rule " + rule + " fails on " + describe(now) + " where it did not fail before");
      }
    }
  }

  /**
   * The root or body of the top page. A rule that failed there before (a verdict on the whole
   * page) and no longer does may now fail on parts of the page: the same barrier in finer grain,
   * not a new one (region: "no landmarks" on the body becomes "outside the landmarks" on each block
   * once a repair adds the main landmark). The one documented exception to "no new failure".
   */
  private static boolean isPageElement(Element e, Page top) {
    return e.page() == top && (e == top.root() || top.body().map(b -> b == e).orElse(false));
  }

  // ------------------------------------------------------------------------------------------

  private static void compare(String what, List<String> before, List<String> after, List<String> out) {
    if (before.equals(after)) return;
    int k = 0;
    while (k < before.size() && k < after.size() && Objects.equals(before.get(k), after.get(k))) k++;
    String b = k < before.size() ? before.get(k) : "(end)";
    String r = k < after.size() ? after.get(k) : "(end)";
    out.add((what.startsWith("(") ? what : "(" + letter(what) + ") " + what) + " differ at item " + k + ": original «"
        + clip(b) + "», repaired «" + clip(r) + "»");
  }

  private static String letter(String what) {
    return what.startsWith("link") ? "b" : "c";
  }

  private static String clip(String s) {
    return s.length() > 160 ? s.substring(0, 160) + "…" : s;
  }
}
