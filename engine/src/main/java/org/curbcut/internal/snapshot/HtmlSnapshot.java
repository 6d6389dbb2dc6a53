package org.curbcut.internal.snapshot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.curbcut.internal.standards.AsciiWhitespace;
import org.curbcut.internal.standards.HtmlStandards;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.curbcut.snapshot.Attribute;
import org.curbcut.snapshot.Device;
import org.curbcut.snapshot.Tri;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Namespace;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.PageBuilder;
import org.curbcut.snapshot.RenderFacts;
import org.curbcut.snapshot.ShadowRoot;
import org.curbcut.snapshot.SourcePosition;
import org.curbcut.snapshot.SourceRange;

/**
 * Builds a {@link Page} from HTML text with jsoup (HTML5 parsing rules, source positions tracked),
 * through the public {@link PageBuilder} as any other producer of pages would. With the static
 * cascade, this package is the only code that sees jsoup types; everything downstream reads the
 * snapshot.
 *
 * <pre>{@code
 * Page page = HtmlSnapshot.parse("<img src=a.png>", "index.html");
 * }</pre>
 */
public final class HtmlSnapshot {
  /** srcdoc iframes inside srcdoc iframes are followed this deep. */
  private static final int MAX_SRCDOC_DEPTH = 3;

  private final String source;
  private final String baseUri;
  private final Function<String, Optional<String>> stylesheets;
  private final int srcdocDepth;
  private final RenderFacts renderFacts;
  private final Device device;
  private boolean htmlDocument = true;
  /** XHTML (a .xhtml file, application/xhtml+xml): read by the XML parser, so {@code <div/>} is empty. */
  private boolean xml;
  private String text = "";

  private HtmlSnapshot(String source, String baseUri, Function<String, Optional<String>> stylesheets, int srcdocDepth,
                       RenderFacts renderFacts, Device device) {
    this.device = device;
    this.source = source;
    this.baseUri = baseUri == null ? "" : baseUri;
    this.stylesheets = stylesheets;
    this.srcdocDepth = srcdocDepth;
    this.renderFacts = renderFacts;
  }

  /** Parses HTML text; linked stylesheets are not loaded (their effect is unknown). */
  public static Page parse(String html, String source) {
    return parse(html, source, "", href -> Optional.empty());
  }

  /**
   * Parses HTML text.
   *
   * @param html the document text
   * @param source where it came from (path or URL), as reports will name it
   * @param baseUri what relative links resolve against, may be empty
   * @param stylesheets loads the text of a {@code <link rel=stylesheet>} by its href; empty when it
   *     cannot, which makes the page's style incomplete
   */
  public static Page parse(String html, String source, String baseUri, Function<String, Optional<String>> stylesheets) {
    return parse(html, source, baseUri, stylesheets, null);
  }

  /**
   * Parses HTML text into a page that carries what a browser reported about it (tests, and a
   * capture that rebuilds a page from its own final DOM, give them here: a page never gets
   * them later).
   *
   * @param renderFacts what the browser knows; null for none
   */
  public static Page parse(String html, String source, String baseUri, Function<String, Optional<String>> stylesheets,
                           RenderFacts renderFacts) {
    return parse(html, source, baseUri, stylesheets, renderFacts, Device.DEFAULT);
  }

  /**
   * Parses HTML text with its style as {@code device} shows it (its media queries evaluated for
   * that device).
   */
  public static Page parse(String html, String source, String baseUri, Function<String, Optional<String>> stylesheets,
                           RenderFacts renderFacts, Device device) {
    return new HtmlSnapshot(source, baseUri, stylesheets, 0, renderFacts, device).build(html);
  }

  /**
   * Parses an XHTML document (a {@code .xhtml} file, or one served as {@code application/xhtml+xml})
   * as a browser does: with XML syntax, so a self-closing {@code <div/>} is an empty element and
   * does not swallow what follows. The page is an HTML document (its elements are in the HTML
   * namespace).
   */
  public static Page parseXhtml(String text, String source, String baseUri, Function<String, Optional<String>> stylesheets,
                                Device device) {
    HtmlSnapshot b = new HtmlSnapshot(source, baseUri, stylesheets, 0, null, device);
    b.xml = true;
    return b.build(text);
  }

  /**
   * Parses an SVG or XML document (e.g. a standalone {@code .svg} file) through the HTML parser, so
   * its elements land in their namespaces; the page is marked as not an HTML document.
   */
  public static Page parseNonHtml(String text, String source) {
    HtmlSnapshot b = new HtmlSnapshot(source, "", href -> Optional.empty(), 0, null, Device.DEFAULT);
    b.htmlDocument = false;
    return b.build(text);
  }

  private final List<String> sheetTexts = new ArrayList<>();
  /** The {@code <link>} and {@code <style>} elements whose sheet, or one it imports, was not read. */
  private final List<org.jsoup.nodes.Element> unreadSheets = new ArrayList<>();
  /** What the last build read, for {@link #restyled}: whether another device shows the same style, and the page. */
  private java.util.function.Predicate<Device> sameStyle;
  private Page built;

  private Page build(String html) {
    this.text = html;
    Parser parser = (xml ? Parser.xmlParser() : Parser.htmlParser()).setTrackPosition(true);
    Document doc = Jsoup.parse(html, baseUri, parser);
    StaticCascade cascade = cascade(doc);
    sameStyle = cascade.sameStyle();
    Map<org.jsoup.nodes.Element, Element> map = new IdentityHashMap<>();
    PageBuilder builder = new PageBuilder(source, html)
        .baseUri(baseUri)
        .htmlDocument(htmlDocument)
        .styleComplete(cascade.isComplete())
        .styleSheets(sheetTexts)
        .renderFacts(renderFacts)
        .device(device, renderFacts != null ? null : this::restyled)
        .selector(selectorFor(doc, map));
    convert(doc.child(0), builder, cascade, map);
    builder.unreadStyleSheets(unreadSheets.stream().map(map::get).filter(java.util.Objects::nonNull).toList());
    built = builder.build();
    return built;
  }

  /**
   * The page as another device shows it: this one when every media query of its style answers the
   * same there, else the same text read again (the stylesheet loader remembers what it read).
   */
  private Page restyled(Device other) {
    if (sameStyle.test(other)) return built;
    HtmlSnapshot again = new HtmlSnapshot(source, baseUri, stylesheets, srcdocDepth, null, other);
    again.htmlDocument = htmlDocument;
    again.xml = xml;
    return again.build(text);
  }

  private StaticCascade cascade(Document doc) {
    StaticCascade cascade = new StaticCascade(device);
    List<org.jsoup.nodes.Element> all = SelectorIndex.allElements(doc);
    // presentational hints come before every author style sheet
    String linkColor = doc.body() != null && doc.body().hasAttr("link") ? doc.body().attr("link") : null;
    if (htmlDocument) {
      for (org.jsoup.nodes.Element el : all) {
        if (el.tag().namespace().equals(org.jsoup.parser.Parser.NamespaceHtml) && el.attributesSize() > 0) {
          List<CssSheet.Declaration> hints = PresentationalHints.of(el, linkColor);
          if (!hints.isEmpty()) cascade.addHints(el, hints);
        }
      }
    }
    List<org.jsoup.nodes.Element> styled = new ArrayList<>();
    boolean scripts = false;
    for (org.jsoup.nodes.Element el : all) {
      if (el.hasAttr("style")) styled.add(el);
      String name = el.normalName();
      if (name.equals("script") && isExecutable(el)) scripts = true;
      if (name.equals("style") && !insideTemplate(el)) {
        if (cascade.addSheet(doc, el.data(), cascade.media(el.attr("media")), cascade.mediaZoomed(el.attr("media")))) {
          unreadSheets.add(el);
        }
        sheetTexts.add(el.data());
      } else if (name.equals("link") && isStylesheet(el)) {
        Tri media = cascade.media(el.attr("media"));
        Tri zoomed = cascade.mediaZoomed(el.attr("media"));
        if (media.isFalse() && zoomed.isFalse()) continue; // a sheet for print or another screen size is not needed
        Optional<String> css = el.attr("href").isBlank() ? Optional.empty() : stylesheets.apply(el.attr("href"));
        if (css.isPresent()) {
          if (cascade.addSheet(doc, css.get(), media, zoomed)) unreadSheets.add(el);
          sheetTexts.add(css.get());
        } else if (!media.isFalse()) {
          cascade.markIncomplete();
          unreadSheets.add(el);
        }
      }
    }
    // inline styles after every sheet, in document order (the cascade's tie-break order)
    for (org.jsoup.nodes.Element el : styled) cascade.addInline(el, el.attr("style"));
    if (scripts) {
      cascade.unsettleHidingByScript(doc.child(0));
      if (doc.body() != null) cascade.unsettleHidingByScript(doc.body());
    }
    return cascade;
  }

  /** A classic or module script (not a data block such as JSON-LD or a template). */
  private static boolean isExecutable(org.jsoup.nodes.Element script) {
    String type = script.attr("type").strip().toLowerCase(java.util.Locale.ROOT);
    return type.isEmpty() || type.equals("module") || HtmlStandards.get().isJavaScriptMimeType(type);
  }

  private static boolean isStylesheet(org.jsoup.nodes.Element link) {
    List<String> rel = AsciiWhitespace.split(link.attr("rel").toLowerCase(java.util.Locale.ROOT));
    return rel.contains("stylesheet") && !rel.contains("alternate");
  }

  private static boolean insideTemplate(org.jsoup.nodes.Element el) {
    for (org.jsoup.nodes.Element p = el.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("template")) return true;
    }
    return false;
  }

  /** A work item: a jsoup node to convert and where to attach it (an element, or a shadow root). */
  private record Item(org.jsoup.nodes.Node node, Element parent, ShadowRoot shadow) {}

  /** Converts iteratively, so absurdly deep documents cannot overflow the stack. */
  private void convert(org.jsoup.nodes.Element jsRoot, PageBuilder b, StaticCascade cascade,
                       Map<org.jsoup.nodes.Element, Element> map) {
    Element root = b.root(name(jsRoot), namespace(jsRoot), attributes(jsRoot), range(jsRoot.sourceRange()),
        endTag(name(jsRoot), range(jsRoot.sourceRange()), range(jsRoot.endSourceRange())));
    adopt(jsRoot, root, b, cascade, map);
    Deque<Item> stack = new ArrayDeque<>();
    pushChildren(jsRoot, root, null, stack);
    while (!stack.isEmpty()) {
      Item item = stack.pop();
      org.jsoup.nodes.Node n = item.node();
      if (n instanceof org.jsoup.nodes.Element je) {
        if (isDeclarativeShadowRoot(je) && item.parent() != null && item.shadow() == null
            && item.parent().shadowRoot() == null) {
          ShadowRoot sr = b.shadowRoot(item.parent(), je.attr("shadowrootmode").toLowerCase(java.util.Locale.ROOT),
              je.hasAttr("shadowrootdelegatesfocus"));
          pushChildren(je, null, sr, stack);
          continue;
        }
        String name = name(je);
        SourceRange start = range(je.sourceRange());
        SourceRange end = endTag(name, start, range(je.endSourceRange()));
        Element e = item.shadow() != null
            ? b.element(item.shadow(), name, namespace(je), attributes(je), start, end)
            : b.element(item.parent(), name, namespace(je), attributes(je), start, end);
        adopt(je, e, b, cascade, map);
        pushChildren(je, e, null, stack);
        if (e.is("iframe") && e.has("srcdoc") && srcdocDepth < MAX_SRCDOC_DEPTH) {
          b.contentDocument(e, new HtmlSnapshot(source + "#srcdoc", baseUri, stylesheets, srcdocDepth + 1, null, device)
              .build(e.attrOr("srcdoc", "")));
        }
        continue;
      }
      String data;
      SourceRange range;
      if (n instanceof CDataNode cd) {
        data = cd.text();
        range = range(cd.sourceRange());
      } else if (n instanceof TextNode tn) {
        data = tn.getWholeText();
        range = range(tn.sourceRange());
      } else if (n instanceof DataNode dn && isRawText(item.parent())) {
        data = dn.getWholeData();
        range = range(dn.sourceRange());
      } else {
        continue; // comments, doctype, script data
      }
      if (item.shadow() != null) b.text(item.shadow(), data, range);
      else b.text(item.parent(), data, range);
    }
  }

  private static void adopt(org.jsoup.nodes.Element je, Element e, PageBuilder b, StaticCascade cascade,
                            Map<org.jsoup.nodes.Element, Element> map) {
    b.style(e, cascade.styleOf(je));
    map.put(je, e);
  }

  private static boolean isRawText(Element parent) {
    return parent != null && parent.isHtml() && HtmlStandards.get().isEscapableRawText(parent.name());
  }

  private static boolean isDeclarativeShadowRoot(org.jsoup.nodes.Element je) {
    if (!je.normalName().equals("template")) return false;
    String mode = je.attr("shadowrootmode").toLowerCase(java.util.Locale.ROOT);
    return mode.equals("open") || mode.equals("closed");
  }

  private static void pushChildren(org.jsoup.nodes.Element je, Element parent, ShadowRoot shadow, Deque<Item> stack) {
    List<org.jsoup.nodes.Node> kids = je.childNodes();
    for (int i = kids.size() - 1; i >= 0; i--) stack.push(new Item(kids.get(i), parent, shadow));
  }

  private static String name(org.jsoup.nodes.Element je) {
    return namespace(je) == Namespace.HTML ? je.normalName() : je.tagName();
  }

  private static Namespace namespace(org.jsoup.nodes.Element je) {
    return Namespace.ofUri(je.tag().namespace());
  }

  private static List<Attribute> attributes(org.jsoup.nodes.Element je) {
    Attributes jattrs = je.attributes();
    List<Attribute> attrs = new ArrayList<>(jattrs.size());
    for (org.jsoup.nodes.Attribute a : jattrs) {
      Range.AttributeRange r = jattrs.sourceRange(a.getKey());
      attrs.add(new Attribute(a.getKey(), a.getValue(), range(r.nameRange()), range(r.valueRange())));
    }
    return attrs;
  }

  /**
   * jsoup reports the end tag of raw-text elements (script, style, textarea, title) as starting where
   * the start tag starts; its end is right. The end tag is then the last "&lt;/" before that end.
   */
  private SourceRange endTag(String name, SourceRange start, SourceRange end) {
    // an implied end tag (end of file, or closed by another tag) has no width: it is not in the source
    if (end.isKnown() && end.start().offset() == end.end().offset()) return SourceRange.UNKNOWN;
    if (!end.isKnown() || !start.isKnown() || end.start().offset() >= start.end().offset()) return end;
    int at = lastEndTagOpen(start.end().offset(), end.end().offset());
    if (at < 0 || !text.regionMatches(true, at + 2, name, 0, name.length())) return SourceRange.UNKNOWN;
    int back = end.end().offset() - at;
    return new SourceRange(new SourcePosition(end.end().line(), Math.max(1, end.end().column() - back), at), end.end());
  }

  /**
   * The last "&lt;/" that starts in [from, to), or -1. The search stays inside the element: a void
   * element has nothing there, so it costs nothing (searching the whole text back was quadratic in
   * the number of images on a page).
   */
  private int lastEndTagOpen(int from, int to) {
    for (int i = Math.min(to, text.length()) - 2; i >= from; i--) {
      if (text.charAt(i) == '<' && text.charAt(i + 1) == '/') return i;
    }
    return -1;
  }

  private static SourceRange range(Range r) {
    if (r == null || !r.isTracked()) return SourceRange.UNKNOWN;
    return new SourceRange(pos(r.start()), pos(r.end()));
  }

  private static SourcePosition pos(Range.Position p) {
    return p.pos() < 0 ? SourcePosition.UNKNOWN : new SourcePosition(p.lineNumber(), p.columnNumber(), p.pos());
  }

  private static java.util.function.BiFunction<Page, String, List<Element>> selectorFor(
      Document doc, Map<org.jsoup.nodes.Element, Element> map) {
    return (page, css) -> {
      org.jsoup.select.Elements found;
      try {
        found = doc.select(css);
      } catch (org.jsoup.select.Selector.SelectorParseException e) {
        throw new IllegalArgumentException("invalid CSS selector '" + css + "': " + e.getMessage(), e);
      }
      List<Element> out = new ArrayList<>(found.size());
      for (org.jsoup.nodes.Element f : found) {
        Element e = map.get(f);
        if (e != null) out.add(e);
      }
      return out;
    };
  }
}
