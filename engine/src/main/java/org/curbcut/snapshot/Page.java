package org.curbcut.snapshot;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * An immutable snapshot of one HTML document: its element tree with source positions, the id
 * index, what a static reading knows about style and, for a page a browser rendered, the
 * browser's {@link RenderFacts}. A page is sealed when built ({@link PageBuilder}): nothing is
 * attached to it afterwards, so every answer derived from it stays true and threads may share it.
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
  private final RenderFacts renderFacts;
  private final List<String> styleSheets;
  private final List<Element> unreadStyleSheets;
  private final Device device;
  private final java.util.function.Function<Device, Page> restyle;
  /** {@link Rendering}'s answers per element: the page never changes, so neither do they. */
  final ElementMemo<Tri> renderedMemo;
  final ElementMemo<Tri> visibilityHiddenMemo;
  final ElementMemo<Boolean> visuallyHiddenMemo;

  Page(String source, String text, String baseUri, Element root, List<Element> elements,
       Map<String, List<Element>> byId, BiFunction<Page, String, List<Element>> selector, boolean styleComplete,
       boolean htmlDocument, List<String> styleSheets, List<Element> unreadStyleSheets, RenderFacts renderFacts, Device device,
       java.util.function.Function<Device, Page> restyle) {
    this.htmlDocument = htmlDocument;
    this.source = source;
    this.text = text;
    this.baseUri = baseUri;
    this.root = root;
    this.elements = Collections.unmodifiableList(elements);
    this.byId = byId;
    this.selector = selector;
    this.styleComplete = styleComplete;
    this.styleSheets = List.copyOf(styleSheets);
    this.unreadStyleSheets = List.copyOf(unreadStyleSheets);
    this.renderFacts = renderFacts;
    this.device = device;
    this.restyle = restyle;
    this.renderedMemo = new ElementMemo<>(this);
    this.visibilityHiddenMemo = new ElementMemo<>(this);
    this.visuallyHiddenMemo = new ElementMemo<>(this);
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

  /** The document's {@code head} element, if the root has one. */
  public Optional<Element> head() {
    return root.childElements().filter(e -> e.is("head")).findFirst();
  }

  /** The document's {@code body} (or {@code frameset}) element, if the root has one. */
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

  /**
   * The {@code <link>} and {@code <style>} elements whose style sheet, or a sheet it imports,
   * could not be read (not found, or not fetched), in document order; empty when every sheet the
   * page applies was read. Such a sheet makes every declaration outside {@code style} attributes
   * unknown: the page's cause, not an element's, of what style-reading rules cannot decide.
   */
  public List<Element> unreadStyleSheets() {
    return unreadStyleSheets;
  }

  /** The device whose media queries the static cascade of this page evaluated. */
  public Device device() {
    return device;
  }

  /**
   * This page with its style as the given device shows it: this page when its style was read for
   * that device, is the same there (no media query answers differently) or cannot be read again
   * (a page built from a browser's facts), else the same text read again for that device.
   */
  public Page forDevice(Device other) {
    if (other.equals(device) || restyle == null) return this;
    return restyle.apply(other);
  }

  /** What the browser that rendered this page reported; empty for a page read from static HTML. */
  public Optional<RenderFacts> renderFacts() {
    return Optional.ofNullable(renderFacts);
  }

  /** The element with this key, or empty when the page has none (see {@link ElementKey}). */
  public Optional<Element> element(ElementKey key) {
    return Optional.ofNullable(key.resolve(root));
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
