package org.curbcut.internal.rules.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.curbcut.internal.aria.Aria;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.rules.RuleContext;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Text;
import org.curbcut.snapshot.Tri;

/** Which text inherits its programmatic language from an element with a {@code lang} attribute. */
final class LangScopes {
  private LangScopes() {}

  /** Elements in the body (any depth) with a non-empty lang attribute. */
  static List<Element> langElementsInBody(Page page) {
    List<Element> out = new ArrayList<>();
    if (!Markup.isHtmlPage(page)) return out;
    for (Element e : page.elements()) {
      if (!e.isHtml() || Markup.inTemplate(e)) continue;
      if (e.attr("lang").map(String::isEmpty).orElse(true)) continue;
      if (e.composedAncestors().anyMatch(a -> a.is("body"))) out.add(e);
    }
    return out;
  }

  private static final RuleContext.Key<List<Element>> LANG_ELEMENTS = RuleContext.Key.of("lang-elements-in-body");
  private static final RuleContext.Key<Map<Element, Tri>> PERCEIVABLE_TEXT = RuleContext.Key.of("lang-perceivable-text");

  /** {@link #langElementsInBody} of the audited page, once per audit (unmodifiable): two rules ask. */
  static List<Element> langElementsInBody(RuleContext ctx) {
    return ctx.memo(LANG_ELEMENTS, () -> Collections.unmodifiableList(langElementsInBody(ctx.page())));
  }

  /**
   * {@link #hasPerceivableText(Aria, Element)} with the audit's ARIA semantics, once per element
   * per audit: valid-lang and lang-matches-content ask it of every lang element, and a page with
   * hundreds of them (language menus) walked each one's subtree twice per rule.
   */
  static Tri hasPerceivableText(RuleContext ctx, Element owner) {
    Map<Element, Tri> known = ctx.memo(PERCEIVABLE_TEXT, IdentityHashMap::new);
    Tri t = known.get(owner);
    if (t == null) {
      t = hasPerceivableText(ctx.aria(), owner);
      known.put(owner, t);
    }
    return t;
  }

  /** The nearest element at or above {@code n} that has a lang attribute (the one it inherits from). */
  static Element languageOwner(Node n) {
    Element e = n instanceof Element el ? el : n.composedParent();
    for (; e != null; e = e.composedParent()) {
      if (e.has("lang") || e.has("xml:lang")) return e;
    }
    return null;
  }

  /**
   * Whether some text inheriting its language from {@code owner} is perceivable (visible or in the
   * accessibility tree): TRUE when certainly, UNKNOWN when only possibly, FALSE when none.
   */
  static Tri hasPerceivableText(Aria aria, Element owner) {
    return hasPerceivableText(aria, owner, Markup.texts(owner));
  }

  /** {@link #hasPerceivableText(Aria, Element)} of the page's root element, its text listed once per audit. */
  static Tri pageHasPerceivableText(RuleContext ctx) {
    Element root = ctx.page().root();
    return hasPerceivableText(ctx.aria(), root, Markup.pageTexts(ctx, root));
  }

  /** {@link #hasPerceivableText(Aria, Element)} given {@code texts}, the {@link Markup#texts} of {@code owner}. */
  private static Tri hasPerceivableText(Aria aria, Element owner, List<Text> texts) {
    Tri best = Tri.FALSE;
    for (Text t : texts) {
      if (languageOwner(t) != owner || t.parent() == null) continue;
      best = best.or(Markup.perceivable(aria, t.parent()));
      if (best.isTrue()) return best;
    }
    List<Element> scope = new ArrayList<>();
    Markup.walk(owner, n -> {
      if (n instanceof Element e && languageOwner(e) == owner) scope.add(e);
    });
    for (Element e : scope) {
      boolean named = nonBlank(e.attrOr("aria-label", "")) || nonBlank(e.attrOr("aria-labelledby", ""))
          || (e.isHtml() && HtmlStandards.get().takesAlt(e.name()) && nonBlank(e.attrOr("alt", "")))
          || nonBlank(e.attrOr("title", ""));
      if (!named) continue;
      best = best.or(aria.isHiddenFromAT(e).not());
      if (best.isTrue()) return best;
    }
    return best;
  }

  private static final RuleContext.Key<TextLanguage.Sample> PAGE_SAMPLE = RuleContext.Key.of("page-language-sample");

  /**
   * {@link #sample(Aria, Element)} of the page's root element: two rules tell the page's language
   * by it (up to 2,000 words read from the whole page), so each audit reads it once.
   */
  static TextLanguage.Sample pageSample(RuleContext ctx) {
    Element root = ctx.page().root();
    return ctx.memo(PAGE_SAMPLE, () -> sample(ctx.aria(), root, root, Markup.pageTexts(ctx, root)));
  }

  /**
   * The text that inherits its language from {@code owner}, as a sample to tell its language by:
   * text that is not certainly hidden, outside code elements (code is not in a natural language).
   */
  static TextLanguage.Sample sample(Aria aria, Element owner) {
    return sample(aria, owner, owner);
  }

  /** As {@link #sample(Aria, Element)} for the text under {@code within} whose language comes from {@code owner}. */
  static TextLanguage.Sample sample(Aria aria, Element within, Element owner) {
    return sample(aria, within, owner, Markup.texts(within));
  }

  /** {@link #sample(Aria, Element, Element)} given {@code texts}, the {@link Markup#texts} of {@code within}. */
  private static TextLanguage.Sample sample(Aria aria, Element within, Element owner, List<Text> texts) {
    TextLanguage.Collector words = new TextLanguage.Collector();
    for (Text t : texts) {
      Element parent = t.parent();
      if (parent == null || languageOwner(t) != owner) continue;
      if (parent.closest("code", "pre", "kbd", "samp", "var", "math", "svg").isPresent()) continue;
      if (Markup.perceivable(aria, parent).isFalse()) continue;
      if (!words.add(t.data())) break;
    }
    return words.sample();
  }

  private static boolean nonBlank(String s) {
    return !Markup.isWhitespace(s);
  }
}
