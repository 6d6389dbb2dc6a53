package org.curbcut.snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The one way to make a {@link Page}: a parser (the jsoup adapter) or a browser capture adds the
 * document's nodes in tree order, says what it knows about style, and {@link #build() builds}
 * the page once. Render facts are given here, before the page exists, and never attached
 * afterwards; after {@code build()} the builder refuses every call, so a page is sealed.
 *
 * <pre>{@code
 * PageBuilder b = new PageBuilder("a.html", text);
 * Element html = b.root("html", Namespace.HTML, List.of(), range, SourceRange.UNKNOWN);
 * Element body = b.element(html, "body", Namespace.HTML, List.of(), range2, SourceRange.UNKNOWN);
 * b.text(body, "Hello", range3);
 * Page page = b.build();
 * }</pre>
 *
 * <p>Not thread-safe: one builder is used by one thread.
 */
public final class PageBuilder {
  private final String source;
  private final String text;
  private String baseUri = "";
  private boolean htmlDocument = true;
  private boolean styleComplete = true;
  private List<String> styleSheets = List.of();
  private List<Element> unreadStyleSheets = List.of();
  private RenderFacts renderFacts;
  private Device device = Device.DEFAULT;
  private java.util.function.Function<Device, Page> restyle;
  private BiFunction<Page, String, List<Element>> selector;
  private Element root;
  private final List<Element> elements = new ArrayList<>();
  private final List<Text> texts = new ArrayList<>();
  private final Map<String, List<Element>> byId = new HashMap<>();
  private boolean built;

  /**
   * @param source where the page came from (path or URL), as reports will name it
   * @param text the original source text that the nodes' source ranges point into
   */
  public PageBuilder(String source, String text) {
    this.source = Objects.requireNonNull(source, "source");
    this.text = Objects.requireNonNull(text, "text");
  }

  /** What relative links resolve against; empty when unknown. */
  public PageBuilder baseUri(String uri) {
    open();
    this.baseUri = uri == null ? "" : uri;
    return this;
  }

  /** False for an SVG or XML document read through the HTML parser. */
  public PageBuilder htmlDocument(boolean html) {
    open();
    this.htmlDocument = html;
    return this;
  }

  /** False when a style sheet could not be read or a style rule could not be evaluated. */
  public PageBuilder styleComplete(boolean complete) {
    open();
    this.styleComplete = complete;
    return this;
  }

  /**
   * The {@code <link>} and {@code <style>} elements of the page whose style sheet, or a sheet it
   * imports, could not be read (elements of this builder, in document order).
   */
  public PageBuilder unreadStyleSheets(List<Element> holders) {
    open();
    this.unreadStyleSheets = List.copyOf(holders);
    return this;
  }

  /** The text of the author style sheets that were read, in document order. */
  public PageBuilder styleSheets(List<String> sheets) {
    open();
    this.styleSheets = List.copyOf(sheets);
    return this;
  }

  /** What a browser reported about the rendered page; none for a page read from static HTML. */
  public PageBuilder renderFacts(RenderFacts facts) {
    open();
    this.renderFacts = facts;
    return this;
  }

  /**
   * The device whose media queries the style given to the elements evaluated ({@link Device#DEFAULT}
   * unless said), and how to read the same page again for another one ({@link Page#forDevice});
   * null when it cannot be.
   */
  public PageBuilder device(Device styledFor, java.util.function.Function<Device, Page> restyleFor) {
    open();
    this.device = Objects.requireNonNull(styledFor, "device");
    this.restyle = restyleFor;
    return this;
  }

  /**
   * How {@link Page#select(String)} finds elements by a CSS selector (a parser's selector engine
   * over its own tree); without one, the page can answer no selector.
   */
  public PageBuilder selector(BiFunction<Page, String, List<Element>> select) {
    open();
    this.selector = select;
    return this;
  }

  /** Adds the document element. */
  public Element root(String name, Namespace namespace, List<Attribute> attributes, SourceRange startTag,
                      SourceRange endTag) {
    open();
    if (root != null) throw new IllegalStateException("a page has one document element");
    root = newElement(name, namespace, attributes, startTag, endTag);
    return root;
  }

  /** Adds an element as the last child of {@code parent}. */
  public Element element(Element parent, String name, Namespace namespace, List<Attribute> attributes,
                         SourceRange startTag, SourceRange endTag) {
    Element e = newElement(name, namespace, attributes, startTag, endTag);
    e.parent = requireOwn(parent);
    e.shadowRootOwner = parent.shadowRootOwner;
    e.siblingIndex = parent.elementChildCount++;
    e.inherited |= parent.inheritedByChildren();
    e.indexInParent = parent.children.size();
    parent.children.add(e);
    return e;
  }

  /** Adds an element as the last top-level child of a shadow root. */
  public Element element(ShadowRoot shadow, String name, Namespace namespace, List<Attribute> attributes,
                         SourceRange startTag, SourceRange endTag) {
    requireOwn(shadow.host());
    Element e = newElement(name, namespace, attributes, startTag, endTag);
    e.shadowRootOwner = shadow;
    e.siblingIndex = shadow.elementChildCount++;
    // a shadow tree is not template content of its host's ancestors, but the host's inertness reaches it
    e.inherited |= shadow.host().inherited & Element.INERT;
    e.indexInParent = shadow.children.size();
    shadow.children.add(e);
    return e;
  }

  private static int ownFacts(Element e) {
    return e.isHtml() && e.has("inert") ? Element.INERT : 0;
  }

  /** Adds a text node (character data already decoded) as the last child of {@code parent}. */
  public Text text(Element parent, String data, SourceRange range) {
    open();
    Text t = new Text(data, range);
    t.parent = requireOwn(parent);
    t.shadowRootOwner = parent.shadowRootOwner;
    t.indexInParent = parent.children.size();
    parent.children.add(t);
    texts.add(t);
    return t;
  }

  /** Adds a text node as the last top-level child of a shadow root. */
  public Text text(ShadowRoot shadow, String data, SourceRange range) {
    open();
    requireOwn(shadow.host());
    Text t = new Text(data, range);
    t.shadowRootOwner = shadow;
    t.indexInParent = shadow.children.size();
    shadow.children.add(t);
    texts.add(t);
    return t;
  }

  /** Attaches a shadow root to {@code host} (one per host). */
  public ShadowRoot shadowRoot(Element host, String mode, boolean delegatesFocus) {
    requireOwn(host);
    if (host.shadowRoot != null) throw new IllegalStateException("an element has one shadow root");
    host.shadowRoot = new ShadowRoot(host, mode, delegatesFocus);
    return host.shadowRoot;
  }

  /** The document of an {@code <iframe srcdoc>}, built before. */
  public PageBuilder contentDocument(Element frame, Page document) {
    requireOwn(frame);
    frame.contentDocument = Objects.requireNonNull(document, "document");
    return this;
  }

  /** What the static cascade says about an element's style. */
  public PageBuilder style(Element e, ElementStyle style) {
    requireOwn(e);
    e.style = Objects.requireNonNull(style, "style");
    return this;
  }

  /**
   * Seals and returns the page: elements are numbered in the order they were added (add them in
   * tree order), and the id index is complete.
   */
  public Page build() {
    open();
    if (root == null) throw new IllegalStateException("a page needs a document element");
    built = true;
    BiFunction<Page, String, List<Element>> select = selector != null ? selector
        : (page, css) -> { throw new IllegalArgumentException("this page cannot answer CSS selectors"); };
    Page page = new Page(source, text, baseUri, root, elements, byId, select, styleComplete, htmlDocument,
        styleSheets, unreadStyleSheets, renderFacts, device, restyle);
    int order = 0;
    for (Element e : elements) {
      e.page = page;
      e.order = order++;
      e.builder = null;
    }
    for (Text t : texts) t.page = page;
    return page;
  }

  private Element newElement(String name, Namespace namespace, List<Attribute> attributes, SourceRange startTag,
                             SourceRange endTag) {
    open();
    Element e = new Element(name, namespace, attributes, startTag, endTag);
    e.builder = this;
    e.inherited = ownFacts(e);
    elements.add(e);
    e.id().ifPresent(id -> byId.computeIfAbsent(id, k -> new ArrayList<>(1)).add(e));
    return e;
  }

  private Element requireOwn(Element e) {
    open();
    if (e.builder != this) throw new IllegalArgumentException("the element belongs to another page");
    return e;
  }

  private void open() {
    if (built) throw new IllegalStateException("the page is built: it cannot change any more");
  }
}
