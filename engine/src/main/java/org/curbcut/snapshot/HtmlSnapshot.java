package org.curbcut.snapshot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Builds a {@link Page} from HTML text with jsoup (HTML5 parsing rules, source positions tracked).
 * This is the only class that sees jsoup types; everything downstream reads the snapshot.
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
  private boolean htmlDocument = true;
  private String text = "";

  private HtmlSnapshot(String source, String baseUri, Function<String, Optional<String>> stylesheets, int srcdocDepth) {
    this.source = source;
    this.baseUri = baseUri;
    this.stylesheets = stylesheets;
    this.srcdocDepth = srcdocDepth;
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
    return new HtmlSnapshot(source, baseUri, stylesheets, 0).build(html);
  }

  /**
   * Parses an SVG or XML document (e.g. a standalone {@code .svg} file) through the HTML parser, so
   * its elements land in their namespaces; the page is marked as not an HTML document.
   */
  public static Page parseNonHtml(String text, String source) {
    HtmlSnapshot b = new HtmlSnapshot(source, "", href -> Optional.empty(), 0);
    b.htmlDocument = false;
    return b.build(text);
  }

  /** Decodes bytes (BOM, transport charset, {@code <meta charset>}, else UTF-8) and parses them. */
  public static Page parse(byte[] bytes, String transportCharset, String source, String baseUri,
                           Function<String, Optional<String>> stylesheets) {
    CharsetSniffer.Decoded decoded = CharsetSniffer.decode(bytes, transportCharset);
    return parse(decoded.text(), source, baseUri, stylesheets);
  }

  private final List<String> sheetTexts = new ArrayList<>();

  private Page build(String html) {
    this.text = html;
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri, parser);
    StaticCascade cascade = cascade(doc);

    Map<org.jsoup.nodes.Element, Element> map = new IdentityHashMap<>();
    List<Element> elements = new ArrayList<>();
    Map<String, List<Element>> byId = new HashMap<>();
    BuildContext ctx = new BuildContext(map, elements, byId, cascade);

    org.jsoup.nodes.Element jsRoot = doc.child(0);
    Element root = convert(jsRoot, ctx);
    Page page = new Page(source, html, baseUri == null ? "" : baseUri, root, elements, byId,
        selectorFor(doc, map), cascade.isComplete(), htmlDocument);
    page.styleSheets = List.copyOf(sheetTexts);
    int order = 0;
    for (Element e : elements) {
      e.page = page;
      e.order = order++;
      for (Node c : e.children) {
        if (c instanceof Text t) t.page = page;
      }
      if (e.shadowRoot != null) {
        for (Node c : e.shadowRoot.children) {
          if (c instanceof Text t) t.page = page;
        }
      }
    }
    return page;
  }

  private StaticCascade cascade(Document doc) {
    StaticCascade cascade = new StaticCascade();
    List<org.jsoup.nodes.Element> styled = new ArrayList<>();
    for (org.jsoup.nodes.Element el : doc.getAllElements()) {
      if (el.hasAttr("style")) styled.add(el);
      if (el.normalName().equals("style") && !insideTemplate(el)) {
        cascade.addSheet(doc, el.data());
        sheetTexts.add(el.data());
      } else if (el.normalName().equals("link") && isStylesheet(el)) {
        Optional<String> css = el.attr("href").isBlank() ? Optional.empty() : stylesheets.apply(el.attr("href"));
        if (css.isPresent()) {
          cascade.addSheet(doc, css.get());
          sheetTexts.add(css.get());
        } else cascade.markIncomplete();
      }
    }
    // inline styles after every sheet, in document order (the cascade's tie-break order)
    for (org.jsoup.nodes.Element el : styled) cascade.addInline(el, el.attr("style"));
    return cascade;
  }

  private static boolean isStylesheet(org.jsoup.nodes.Element link) {
    for (String token : link.attr("rel").toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
      if (token.equals("stylesheet")) return !link.attr("rel").toLowerCase(java.util.Locale.ROOT).contains("alternate");
    }
    return false;
  }

  private static boolean insideTemplate(org.jsoup.nodes.Element el) {
    for (org.jsoup.nodes.Element p = el.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("template")) return true;
    }
    return false;
  }

  private record BuildContext(Map<org.jsoup.nodes.Element, Element> map, List<Element> elements,
                              Map<String, List<Element>> byId, StaticCascade cascade) {}

  /** A work item: a jsoup node to convert and where to attach it. */
  private record Item(org.jsoup.nodes.Node node, Element parent, ShadowRoot shadow) {}

  /** Converts iteratively, so absurdly deep documents cannot overflow the stack. */
  private Element convert(org.jsoup.nodes.Element jsRoot, BuildContext ctx) {
    Element root = newElement(jsRoot, ctx);
    Deque<Item> stack = new ArrayDeque<>();
    pushChildren(jsRoot, root, null, stack);
    while (!stack.isEmpty()) {
      Item item = stack.pop();
      org.jsoup.nodes.Node n = item.node();
      Node converted;
      if (n instanceof org.jsoup.nodes.Element je) {
        if (isDeclarativeShadowRoot(je) && item.parent() != null && item.shadow() == null
            && item.parent().shadowRoot == null) {
          ShadowRoot sr = new ShadowRoot(item.parent(), je.attr("shadowrootmode").toLowerCase(java.util.Locale.ROOT),
              je.hasAttr("shadowrootdelegatesfocus"));
          item.parent().shadowRoot = sr;
          pushChildren(je, null, sr, stack);
          continue;
        }
        Element e = newElement(je, ctx);
        converted = e;
        pushChildren(je, e, null, stack);
        if (e.is("iframe") && e.has("srcdoc") && srcdocDepth < MAX_SRCDOC_DEPTH) {
          e.contentDocument = new HtmlSnapshot(source + "#srcdoc", baseUri, stylesheets, srcdocDepth + 1)
              .build(e.attrOr("srcdoc", ""));
        }
      } else if (n instanceof CDataNode cd) {
        converted = new Text(cd.text(), range(cd.sourceRange()));
      } else if (n instanceof TextNode tn) {
        converted = new Text(tn.getWholeText(), range(tn.sourceRange()));
      } else if (n instanceof DataNode dn && isRawText(item.parent())) {
        converted = new Text(dn.getWholeData(), range(dn.sourceRange()));
      } else {
        continue; // comments, doctype, script data
      }
      attach(converted, item.parent(), item.shadow());
    }
    return root;
  }

  private static boolean isRawText(Element parent) {
    return parent != null && (parent.is("textarea", "title"));
  }

  private static boolean isDeclarativeShadowRoot(org.jsoup.nodes.Element je) {
    if (!je.normalName().equals("template")) return false;
    String mode = je.attr("shadowrootmode").toLowerCase(java.util.Locale.ROOT);
    return mode.equals("open") || mode.equals("closed");
  }

  private static void attach(Node child, Element parent, ShadowRoot shadow) {
    if (shadow != null) {
      child.shadowRootOwner = shadow;
      shadow.children.add(child);
    } else {
      child.parent = parent;
      child.shadowRootOwner = parent.shadowRootOwner;
      parent.children.add(child);
    }
  }

  private static void pushChildren(org.jsoup.nodes.Element je, Element parent, ShadowRoot shadow, Deque<Item> stack) {
    List<org.jsoup.nodes.Node> kids = je.childNodes();
    for (int i = kids.size() - 1; i >= 0; i--) stack.push(new Item(kids.get(i), parent, shadow));
  }

  private Element newElement(org.jsoup.nodes.Element je, BuildContext ctx) {
    List<Attribute> attrs = new ArrayList<>();
    Attributes jattrs = je.attributes();
    for (org.jsoup.nodes.Attribute a : jattrs) {
      Range.AttributeRange r = jattrs.sourceRange(a.getKey());
      attrs.add(new Attribute(a.getKey(), a.getValue(), range(r.nameRange()), range(r.valueRange())));
    }
    Namespace ns = Namespace.ofUri(je.tag().namespace());
    String name = ns == Namespace.HTML ? je.normalName() : je.tagName();
    SourceRange start = range(je.sourceRange());
    Element e = new Element(name, ns, attrs, start, endTag(name, start, range(je.endSourceRange())));
    e.style = ctx.cascade().styleOf(je);
    ctx.map().put(je, e);
    ctx.elements().add(e);
    e.id().ifPresent(id -> ctx.byId().computeIfAbsent(id, k -> new ArrayList<>(1)).add(e));
    return e;
  }

  /**
   * jsoup reports the end tag of raw-text elements (script, style, textarea, title) as starting where
   * the start tag starts; its end is right. The end tag is then the last "&lt;/" before that end.
   */
  private SourceRange endTag(String name, SourceRange start, SourceRange end) {
    // an implied end tag (end of file, or closed by another tag) has no width: it is not in the source
    if (end.isKnown() && end.start().offset() == end.end().offset()) return SourceRange.UNKNOWN;
    if (!end.isKnown() || !start.isKnown() || end.start().offset() >= start.end().offset()) return end;
    int at = text.lastIndexOf("</", end.end().offset() - 1);
    if (at < start.end().offset() || !text.regionMatches(true, at + 2, name, 0, name.length())) return SourceRange.UNKNOWN;
    int back = end.end().offset() - at;
    return new SourceRange(new SourcePosition(end.end().line(), Math.max(1, end.end().column() - back), at), end.end());
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
