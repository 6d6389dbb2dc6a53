package org.curbcut.snapshot;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

/**
 * An immutable snapshot of one HTML document: its element tree with source positions, the id
 * index, and what is known about style. Build one with {@link HtmlSnapshot}.
 */
public final class Page {
  private final String source;
  private final String text;
  final Element root;
  final List<Element> elements;
  private final Map<String, List<Element>> byId;
  private final BiFunction<Page, String, List<Element>> selector;
  private final boolean styleComplete;
  private final String baseUri;
  private final boolean htmlDocument;
  private volatile RenderFacts renderFacts;
  /** Bumped whenever any page gets render facts: answers cached from a static reading are then stale. */
  private static final AtomicLong FACTS_EPOCH = new AtomicLong();
  /** {@link Rendering} answers of the static reading, per element (used while no render facts are attached). */
  final ElementMemo<Tri> renderedMemo;
  final ElementMemo<Tri> visibilityHiddenMemo;
  List<String> styleSheets = List.of();

  Page(String source, String text, String baseUri, Element root, List<Element> elements,
       Map<String, List<Element>> byId, BiFunction<Page, String, List<Element>> selector, boolean styleComplete, boolean htmlDocument) {
    this.htmlDocument = htmlDocument;
    this.source = source;
    this.text = text;
    this.baseUri = baseUri;
    this.root = root;
    this.elements = Collections.unmodifiableList(elements);
    this.byId = byId;
    this.selector = selector;
    this.styleComplete = styleComplete;
    this.renderedMemo = new ElementMemo<>(this);
    this.visibilityHiddenMemo = new ElementMemo<>(this);
  }

  /** Where the page came from, as the user named it (path or URL). */
  public String source() {
    return source;
  }

  /** The base URI links resolve against (may be empty). */
  public String baseUri() {
    return baseUri;
  }

  /** True for an HTML document; false for an SVG or XML document read through the same parser. */
  public boolean isHtmlDocument() {
    return htmlDocument;
  }

  /** The original source text, unchanged. */
  public String text() {
    return text;
  }

  /** The document element ({@code <html>}). */
  public Element root() {
    return root;
  }

  /** Every element in document order, shadow-tree elements included right after their host's light subtree. */
  public List<Element> elements() {
    return elements;
  }

  /** The first element in tree order with this id (what {@code getElementById} returns). */
  public Optional<Element> byId(String id) {
    List<Element> l = byId.get(id);
    return l == null || l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  /** All elements with this id: more than one means a duplicate id. */
  public List<Element> allById(String id) {
    return byId.getOrDefault(id, List.of());
  }

  /** Elements matching a CSS selector. Throws IllegalArgumentException for an invalid selector. */
  public List<Element> select(String css) {
    return selector.apply(this, css);
  }

  public Optional<Element> head() {
    return root.childElements().filter(e -> e.is("head")).findFirst();
  }

  public Optional<Element> body() {
    return root.childElements().filter(e -> e.is("body", "frameset")).findFirst();
  }

  /** False when a stylesheet could not be read or a style rule could not be evaluated statically. */
  public boolean isStyleComplete() {
    return styleComplete;
  }

  /**
   * The text of the author style sheets the snapshot read, in document order: each {@code <style>}
   * element and each linked style sheet that could be loaded. For rules that need what the
   * cascade leaves out (media queries, {@code :focus} rules).
   */
  public List<String> styleSheets() {
    return styleSheets;
  }

  public Optional<RenderFacts> renderFacts() {
    return Optional.ofNullable(renderFacts);
  }

  /** Attaches what a browser rendered; the rendered mode calls this once. */
  public void attachRenderFacts(RenderFacts facts) {
    this.renderFacts = facts;
    FACTS_EPOCH.incrementAndGet();
  }

  /**
   * A counter that changes whenever render facts are attached to any page. Caches of answers derived
   * from a page (roles, names, visibility) compare it to know when to start afresh.
   */
  public static long renderFactsEpoch() {
    return FACTS_EPOCH.get();
  }

  /** The render facts, or null (no Optional: hot paths ask). */
  RenderFacts renderFactsOrNull() {
    return renderFacts;
  }

  /** A piece of the original text; empty when the range is not known. */
  public String slice(SourceRange range) {
    if (!range.isKnown()) return "";
    int s = Math.max(0, range.start().offset());
    int e = Math.min(text.length(), range.end().offset());
    return s < e ? text.substring(s, e) : "";
  }
}
