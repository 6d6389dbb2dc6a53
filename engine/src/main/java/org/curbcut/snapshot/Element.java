package org.curbcut.snapshot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * An element of a page snapshot. Names of HTML elements are lower case; foreign elements keep the
 * case the parser gave them (e.g. {@code foreignObject}).
 */
public final class Element extends Node {
  private final String name;
  private final Namespace namespace;
  private final List<Attribute> attributes;
  /** The attributes again, as an array: lookups are the hottest path of the engine. */
  private final Attribute[] attrs;
  /**
   * True when every attribute name is ASCII without upper case (always so for HTML elements, whose
   * names the parser lower-cases): then an exact match is the only case-insensitive match.
   */
  private final boolean lowerAsciiNames;
  /**
   * When not every name is lower-case ASCII: each name case-folded as {@link String#equalsIgnoreCase}
   * compares (upper case, then lower case, char by char), or null for a name with a surrogate,
   * which it compares by code point. A lower-case ASCII name then equals a folded name exactly
   * when it equals the name ignoring case.
   */
  private final String[] foldedNames;
  private final SourceRange startTag;
  private final SourceRange endTag;
  final List<Node> children = new ArrayList<>();
  ShadowRoot shadowRoot;
  Page contentDocument;
  ElementStyle style = ElementStyle.EMPTY;
  /** Index among the element children of its parent, or of its shadow root for a top-level shadow element. */
  int siblingIndex;
  /** How many element children were attached so far (while the page is built). */
  int elementChildCount;
  private volatile ElementKey key;
  /**
   * Facts this element inherits from its ancestors, set when the builder adds it (its ancestors are
   * already there): asking them is O(1), where a walk up the tree per element was quadratic on deep pages.
   */
  int inherited;
  static final int IN_TEMPLATE = 1;
  static final int INERT = 2;
  /** The builder adding this element, until the page is built. */
  PageBuilder builder;

  Element(String name, Namespace namespace, List<Attribute> attributes, SourceRange startTag, SourceRange endTag) {
    this.name = name;
    this.namespace = namespace;
    this.attributes = List.copyOf(attributes);
    this.attrs = this.attributes.toArray(new Attribute[0]);
    boolean lower = true;
    for (Attribute a : attrs) lower &= isLowerAscii(a.name());
    this.lowerAsciiNames = lower;
    this.foldedNames = lower ? null : foldedNames(attrs);
    this.startTag = startTag;
    this.endTag = endTag;
  }

  /** Local name: lower case for HTML elements. */
  public String name() {
    return name;
  }

  /** The element's namespace (HTML, SVG or MathML). */
  public Namespace namespace() {
    return namespace;
  }

  /** True for an element in the HTML namespace. */
  public boolean isHtml() {
    return namespace == Namespace.HTML;
  }

  /** True for an HTML element of one of the given (lower-case) names. */
  public boolean is(String... names) {
    if (namespace != Namespace.HTML) return false;
    for (String n : names) {
      if (n.equals(name)) return true;
    }
    return false;
  }

  /** The attributes in source order (unmodifiable). */
  public List<Attribute> attributes() {
    return attributes;
  }

  /** The first attribute whose name matches ignoring case, or empty. */
  public Optional<Attribute> attribute(String attrName) {
    return Optional.ofNullable(find(attrName));
  }

  /** The first attribute whose name equals {@code attrName} ignoring case, or null. */
  private Attribute find(String attrName) {
    Attribute[] as = attrs;
    if (lowerAsciiNames) {
      // an exact match is the only case-insensitive one among lower-case ASCII names
      boolean sameLength = false;
      int len = attrName.length();
      for (Attribute a : as) {
        String n = a.name();
        if (n.length() == len) {
          if (n.equals(attrName)) return a;
          sameLength = true;
        }
      }
      // equalsIgnoreCase needs equal lengths
      if (!sameLength || isLowerAscii(attrName)) return null;
    } else if (isLowerAscii(attrName)) {
      // a lower-case ASCII name is its own case fold (every name a rule asks for)
      String[] folded = foldedNames;
      for (int i = 0; i < as.length; i++) {
        if (folded[i] != null ? folded[i].equals(attrName) : as[i].name().equalsIgnoreCase(attrName)) return as[i];
      }
      return null;
    }
    for (Attribute a : as) {
      if (a.name().equalsIgnoreCase(attrName)) return a;
    }
    return null;
  }

  private static String[] foldedNames(Attribute[] as) {
    String[] out = new String[as.length];
    for (int i = 0; i < as.length; i++) {
      String n = as[i].name();
      char[] f = new char[n.length()];
      boolean surrogate = false;
      for (int k = 0; k < f.length; k++) {
        char c = n.charAt(k);
        surrogate |= Character.isSurrogate(c);
        f[k] = Character.toLowerCase(Character.toUpperCase(c));
      }
      out[i] = surrogate ? null : new String(f);
    }
    return out;
  }

  private static boolean isLowerAscii(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) return false;
    }
    return true;
  }

  /** The attribute's value as written, or empty when the attribute is absent. */
  public Optional<String> attr(String attrName) {
    Attribute a = find(attrName);
    return a == null ? Optional.empty() : Optional.of(a.value());
  }

  /** The attribute's value, or {@code fallback} when absent. */
  public String attrOr(String attrName, String fallback) {
    Attribute a = find(attrName);
    return a == null ? fallback : a.value();
  }

  /** True when the element has the attribute (name compared ignoring case), whatever its value. */
  public boolean has(String attrName) {
    return find(attrName) != null;
  }

  /** The attribute's value trimmed and lower-cased (for enumerated attributes), or empty. */
  public Optional<String> token(String attrName) {
    Attribute a = find(attrName);
    return a == null ? Optional.empty() : Optional.of(a.value().trim().toLowerCase(Locale.ROOT));
  }

  /** The {@code id} attribute, when present and not empty. */
  public Optional<String> id() {
    return attr("id").filter(v -> !v.isEmpty());
  }

  /** This element's stable name within its page: see {@link ElementKey}. */
  public ElementKey key() {
    ElementKey k = key;
    if (k != null) return k;
    ArrayDeque<String> steps = new ArrayDeque<>();
    Element x = this;
    while (true) {
      if (x.parent != null) {
        steps.push(Integer.toString(x.siblingIndex));
        x = x.parent;
      } else if (x.shadowRootOwner != null) {
        steps.push(Integer.toString(x.siblingIndex));
        steps.push(ElementKey.SHADOW);
        x = x.shadowRootOwner.host();
      } else {
        break;
      }
    }
    StringBuilder sb = new StringBuilder("0");
    for (String s : steps) sb.append('/').append(s);
    k = new ElementKey(sb.toString());
    key = k;
    return k;
  }

  /** Where the start tag is in the source. */
  public SourceRange startTag() {
    return startTag;
  }

  /** Where the end tag is in the source; unknown for void elements and implied end tags. */
  public SourceRange endTag() {
    return endTag;
  }

  /** The child nodes (elements and text) in order (unmodifiable). */
  public List<Node> children() {
    return Collections.unmodifiableList(children);
  }

  /** The child elements in order. */
  public Stream<Element> childElements() {
    return children.stream().filter(Element.class::isInstance).map(Element.class::cast);
  }

  /** The nearest following element among the parent's children, if any (none for the root). */
  public Optional<Element> nextElementSibling() {
    return elementSibling(+1);
  }

  /** The nearest preceding element among the parent's children, if any (none for the root). */
  public Optional<Element> previousElementSibling() {
    return elementSibling(-1);
  }

  private Optional<Element> elementSibling(int direction) {
    List<Node> siblings = parent != null ? parent.children
        : shadowRootOwner != null ? shadowRootOwner.children : List.of();
    for (int i = indexInParent + direction; i >= 0 && i < siblings.size(); i += direction) {
      if (siblings.get(i) instanceof Element e) return Optional.of(e);
    }
    return Optional.empty();
  }

  /** Descendant elements in document order (light tree only, not into shadow roots or iframes). */
  public Stream<Element> descendants() {
    List<Element> out = new ArrayList<>();
    forEachDescendant(this, out::add);
    return out.stream();
  }

  /** Visits the light-tree descendants in document order, without recursion: pages can be 100,000 deep. */
  private static void forEachDescendant(Element top, Consumer<Element> sink) {
    ArrayDeque<Element> pending = new ArrayDeque<>();
    pushChildren(top, pending);
    while (!pending.isEmpty()) {
      Element e = pending.pop();
      sink.accept(e);
      pushChildren(e, pending);
    }
  }

  private static void pushChildren(Element e, ArrayDeque<Element> pending) {
    for (int i = e.children.size() - 1; i >= 0; i--) {
      if (e.children.get(i) instanceof Element c) pending.push(c);
    }
  }

  /** Ancestor elements from the parent upwards (light tree). */
  public Stream<Element> ancestors() {
    // lazy, so that anyMatch and findFirst stop early instead of listing every ancestor of a deep page
    return Stream.iterate(parent, Objects::nonNull, Element::parent);
  }

  /** Ancestors in the composed tree (crossing shadow boundaries to the host). */
  public Stream<Element> composedAncestors() {
    return Stream.iterate(composedParent(), Objects::nonNull, Element::composedParent);
  }

  /** This element or its nearest ancestor with one of these names. */
  public Optional<Element> closest(String... names) {
    for (Element e = this; e != null; e = e.parent) {
      if (e.is(names)) return Optional.of(e);
    }
    return Optional.empty();
  }

  /**
   * True when a light-tree ancestor is a {@code template}: the element is template content, which is
   * inert and not part of the document a visitor gets.
   */
  public boolean inTemplate() {
    return (inherited & IN_TEMPLATE) != 0;
  }

  /**
   * True when this element or an ancestor in the composed tree (crossing shadow boundaries to the
   * host) is an HTML element with the {@code inert} attribute.
   */
  public boolean isInert() {
    return (inherited & INERT) != 0;
  }

  /** The facts a child of this element inherits from it. */
  int inheritedByChildren() {
    int facts = inherited & INERT;
    if ((inherited & IN_TEMPLATE) != 0 || is("template")) facts |= IN_TEMPLATE;
    return facts;
  }

  /** The declarative shadow root attached to this element, or null. */
  public ShadowRoot shadowRoot() {
    return shadowRoot;
  }

  /** The document of an {@code <iframe srcdoc>}, or null. */
  public Page contentDocument() {
    return contentDocument;
  }

  /**
   * What the static cascade says about this element's style. Package-private on purpose: rules
   * and helpers read style through {@link Rendering#style}, which prefers render facts.
   */
  ElementStyle staticStyle() {
    return style;
  }

  /** Text content of the light tree, as the DOM {@code textContent} would give it. */
  public String textContent() {
    StringBuilder sb = new StringBuilder();
    // without recursion: pages can be 100,000 elements deep
    ArrayDeque<Node> pending = new ArrayDeque<>();
    for (int i = children.size() - 1; i >= 0; i--) pending.push(children.get(i));
    while (!pending.isEmpty()) {
      Node n = pending.pop();
      if (n instanceof Text t) {
        sb.append(t.data());
      } else {
        List<Node> kids = ((Element) n).children;
        for (int i = kids.size() - 1; i >= 0; i--) pending.push(kids.get(i));
      }
    }
    return sb.toString();
  }

  /** The start tag as written in the source, for reports; empty when not known. */
  public String sourceSnippet() {
    return page == null ? "" : page.slice(startTag);
  }

  @Override
  public String toString() {
    return "<" + name + ">";
  }
}
