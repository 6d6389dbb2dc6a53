package org.curbcut.internal.fixers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.curbcut.fix.FixContext;
import org.curbcut.internal.standards.AsciiWhitespace;
import org.curbcut.snapshot.Attribute;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.SourceRange;

/**
 * What on a page may observe an id other than through {@code getElementById}: style sheets, attribute values
 * that name it as a selector ({@code data-target="#menu"}), table cells' {@code headers}, and
 * scripts. The page is read once per repair run; each id is then answered from that index, so
 * renaming many duplicates of an id costs time proportional to the page rather than to the page
 * once per duplicate (each further id costs a look-up, and a scan of the inline script code).
 */
final class IdUses {
  private static final FixContext.Key<IdUses> KEY = FixContext.Key.of("id-uses");
  /** How much of an attribute value after a {@code #} is indexed; longer ids are looked up by a scan. */
  private static final int INDEXED = 128;

  /** An attribute value that names ids with {@code #}, in document order. */
  private record HashValue(int order, String attribute, String value) {}

  private final List<HashValue> hashValues = new ArrayList<>();
  /** The text after each {@code #} (up to {@link #INDEXED} characters) → the first value that has it. */
  private final TreeMap<String, HashValue> afterHash = new TreeMap<>();
  /** Each token of a {@code headers} attribute → the document order of the first one. */
  private final Map<String, Integer> headers = new HashMap<>();
  /** Inline script code and event handlers, lower-cased, separated by NUL. */
  private final String code;
  private final boolean codeUnknown;
  private final boolean scriptsUnread;
  /** The page's style sheets as selectors see them, and whether one selects by an id attribute. */
  private final List<String> sheets = new ArrayList<>();
  private final boolean idAttributeSelector;
  private final Map<String, Boolean> styled = new HashMap<>();

  private IdUses(Page page) {
    StringBuilder code = new StringBuilder();
    boolean unknown = false;
    boolean unread = false;
    int order = 0;
    for (Element x : page.elements()) {
      if (x.name().equalsIgnoreCase("script")) {
        if (!x.attrOr("src", "").isBlank() || x.token("type").orElse("").equals("module")) unread = true;
        Optional<String> inline = rawText(x);
        if (inline.isEmpty()) unknown = true;
        else code.append(inline.get().toLowerCase(Locale.ROOT)).append('\0');
      }
      boolean plainLink = x.is("a", "area") && x.attributes().stream().noneMatch(a -> a.name().startsWith("data-"));
      for (Attribute a : x.attributes()) {
        String name = a.name().toLowerCase(Locale.ROOT);
        String lower = a.value().toLowerCase(Locale.ROOT);
        if (name.startsWith("on") || lower.strip().startsWith("javascript:")) code.append(lower).append('\0');
        if (name.equals("id")) continue;
        order++;
        if (name.equals("headers")) {
          for (String token : AsciiWhitespace.split(a.value())) headers.putIfAbsent(token, order);
        }
        if (name.equals("href") && plainLink) continue;
        if (a.value().indexOf('#') >= 0) addHashValue(new HashValue(order, a.name(), a.value()));
      }
    }
    this.code = code.toString();
    this.codeUnknown = unknown;
    this.scriptsUnread = unread;
    boolean byAttribute = false;
    for (String sheet : page.styleSheets()) {
      String text = ReferenceFixers.selectorText(sheet);
      sheets.add(text);
      byAttribute |= ReferenceFixers.selectsByIdAttribute(text);
    }
    this.idAttributeSelector = byAttribute;
  }

  /** The index of the context's page, built on first use in a repair run. */
  static IdUses of(FixContext ctx) {
    return ctx.state(KEY, () -> new IdUses(ctx.page()));
  }

  private void addHashValue(HashValue v) {
    hashValues.add(v);
    String s = v.value();
    for (int h = s.indexOf('#'); h >= 0; h = s.indexOf('#', h + 1)) {
      afterHash.putIfAbsent(s.substring(h + 1, Math.min(s.length(), h + 1 + INDEXED)), v);
    }
  }

  /**
   * The first attribute (in document order) that names the id the way a selector does, or a
   * {@code headers} attribute that lists it: such an attribute would follow a renamed id.
   */
  Optional<String> referencedBySelector(String id) {
    HashValue first = null;
    if (id.length() < INDEXED) {
      for (Map.Entry<String, HashValue> e : afterHash.tailMap(id, true).entrySet()) {
        if (!e.getKey().startsWith(id)) break;
        if (first == null || e.getValue().order() < first.order()) first = e.getValue();
      }
    } else {
      String hash = "#" + id;
      for (HashValue v : hashValues) {
        if (v.value().contains(hash)) {
          first = v;
          break;
        }
      }
    }
    Integer header = headers.get(id);
    if (header != null && (first == null || header <= first.order())) return Optional.of("headers");
    return first == null ? Optional.empty() : Optional.of(first.attribute());
  }

  /** Whether a style sheet of the page may select elements by the id ({@code #id} or an id attribute selector). */
  boolean styled(String id) {
    if (idAttributeSelector) return true;
    return styled.computeIfAbsent(id, k -> sheets.stream().anyMatch(text -> ReferenceFixers.namesId(text, k)));
  }

  /** Whether a script may mention the id: an inline script or handler names it, or one cannot be read. */
  boolean scriptsMayMention(String id) {
    return codeUnknown || code.contains(id.toLowerCase(Locale.ROOT));
  }

  /** Whether the page loads scripts Curbcut cannot read (external or module scripts). */
  boolean scriptsUnread() {
    return scriptsUnread;
  }

  /** The source text between a script's tags; empty when it is not known. */
  private static Optional<String> rawText(Element e) {
    SourceRange st = e.startTag();
    if (!st.isKnown()) return Optional.empty();
    String text = e.page().text();
    int start = st.end().offset();
    int end = e.endTag().isKnown() ? e.endTag().start().offset() : text.length();
    return start <= end && end <= text.length() ? Optional.of(text.substring(start, end)) : Optional.empty();
  }
}
