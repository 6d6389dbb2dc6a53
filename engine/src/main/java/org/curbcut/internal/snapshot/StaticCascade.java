package org.curbcut.internal.snapshot;

import org.curbcut.snapshot.Device;
import org.curbcut.snapshot.ElementStyle;
import org.curbcut.snapshot.Tri;
import org.curbcut.snapshot.UnknownStyle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * Resolves the author cascade statically: presentational hints of HTML attributes, {@code <style>}
 * blocks and stylesheets the caller could load, then inline {@code style}, for one
 * {@link Device}. Selector matching uses jsoup's selector engine on the parsed document, one
 * selector of a list at a time ({@link SelectorReading}), tried only on the elements that may
 * match it ({@link SelectorIndex}): rules for states such as {@code :hover}
 * are left out because they do not describe the page at rest; a selector static analysis cannot
 * evaluate makes its properties uncertain on the elements it may match, and only there.
 */
final class StaticCascade {
  /**
   * A winning declaration. The key orders them as the cascade does: importance, the style
   * attribute, author sheets over presentational hints, specificity, then order of appearance.
   */
  private record Candidate(CssSheet.Declaration decl, boolean inline, boolean hint, int specificity, int order) {
    long key() {
      return ((decl.important() ? 1L : 0L) << 62) | ((inline ? 1L : 0L) << 61) | ((hint ? 0L : 1L) << 60)
          | ((long) specificity << 24) | order;
    }
  }

  private final Device device;
  private final SelectorReading selectors = new SelectorReading();
  private final Map<org.jsoup.nodes.Element, Map<String, Candidate>> winners = new IdentityHashMap<>();
  /** The properties rules that may or may not apply declare, with why that is unknown (the first reason found). */
  private final Map<org.jsoup.nodes.Element, Map<String, UnknownStyle>> uncertain = new IdentityHashMap<>();
  private final Set<org.jsoup.nodes.Element> generated = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  /** The properties each element's style attribute declares (shorthands with what they set). */
  private final Map<org.jsoup.nodes.Element, Set<String>> inlineProperties = new IdentityHashMap<>();
  private final Set<String> mediaQueries = new HashSet<>();
  /** The properties rules that apply differently at 200% zoom declare, by element. */
  private final Map<org.jsoup.nodes.Element, Set<String>> zoomDependent = new IdentityHashMap<>();
  private boolean complete = true;
  private int order;
  private SelectorIndex index;

  StaticCascade(Device device) {
    this.device = device;
  }

  Device device() {
    return device;
  }

  /** Evaluates a media query list for the cascade's device, and remembers it. */
  Tri media(String list) {
    if (!list.isBlank()) mediaQueries.add(list);
    return MediaQueries.matches(list, device);
  }

  /** Evaluates a media query list for the cascade's device zoomed to 200%. */
  Tri mediaZoomed(String list) {
    return MediaQueries.matches(list, device.zoomed(CssSheet.ZOOM));
  }

  /**
   * Whether the style would be the same on another device: every media query evaluated answers the
   * same there. Holds only the queries, not the cascade.
   */
  java.util.function.Predicate<Device> sameStyle() {
    List<String> queries = List.copyOf(mediaQueries);
    Device read = device;
    return other -> queries.stream().allMatch(q -> MediaQueries.matches(q, other) == MediaQueries.matches(q, read));
  }

  void markIncomplete() {
    complete = false;
  }

  boolean isComplete() {
    return complete;
  }

  /**
   * Adds a sheet whose own media ({@code <style media>}, {@code <link media>}) gives
   * {@code applies} on the device and {@code appliesZoomed} on it zoomed to 200%; true when the
   * sheet imports one that was not read.
   */
  boolean addSheet(Document doc, String css, Tri applies, Tri appliesZoomed) {
    CssSheet sheet = CssSheet.parse(css, device, applies, appliesZoomed);
    if (sheet.incomplete) complete = false;
    mediaQueries.addAll(sheet.mediaQueries);
    for (CssSheet.StyleRule rule : sheet.rules) applyRule(doc, rule);
    return sheet.importsUnread;
  }

  /** The index of the document the sheets are matched against (one document per cascade). */
  private SelectorIndex index(Document doc) {
    if (index == null) index = new SelectorIndex(doc);
    return index;
  }

  /** One rule, selector by selector: an unknown selector decides only about what it may match. */
  private void applyRule(Document doc, CssSheet.StyleRule rule) {
    List<SelectorReading.Read> reads = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    boolean listMayBeInvalid = false;
    for (String selector : CssText.splitTopLevel(rule.selectors(), ',')) {
      String text = selector.trim();
      if (text.isEmpty()) continue;
      SelectorReading.Read read = selectors.read(text);
      reads.add(read);
      texts.add(text);
      listMayBeInvalid |= read.listMayBeInvalid();
    }
    // a selector that cannot be read even without its unknown parts is invalid (a stray "<!--",
    // an escaped "&gt;"): browsers drop the whole rule, and so does the cascade
    if (reads.stream().anyMatch(r -> r.kind() == SelectorReading.Kind.UNREADABLE)) return;
    for (int k = 0; k < reads.size(); k++) {
      SelectorReading.Read read = reads.get(k);
      switch (read.kind()) {
        case NEVER, UNREADABLE -> { }
        case EXACT, POSSIBLE -> {
          List<org.jsoup.nodes.Element> matched = index(doc).select(read.query(), read.queryText());
          if (rule.zoomDependent() && read.pseudoElement() == null) markZoomDependent(matched, rule);
          if (!rule.here()) continue; // it may apply only when the page is zoomed
          UnknownStyle unknown = rule.unknown() != null ? rule.unknown()
              : read.kind() == SelectorReading.Kind.POSSIBLE || listMayBeInvalid ? UnknownStyle.SELECTOR : null;
          apply(matched, rule, read.pseudoElement(), unknown, specificity(texts.get(k)));
        }
      }
    }
  }

  /** Offers the rule's declarations to what it matched; {@code unknown} non-null when it may not apply. */
  private void apply(List<org.jsoup.nodes.Element> matched, CssSheet.StyleRule rule, String pseudoElement, UnknownStyle unknown, int spec) {
    for (org.jsoup.nodes.Element el : matched) {
      if (pseudoElement != null) {
        for (CssSheet.Declaration d : rule.declarations()) {
          if (d.property().equals("content")) {
            String v = d.value().trim().toLowerCase(Locale.ROOT);
            if (!v.equals("none") && !v.equals("normal") && !v.equals("\"\"") && !v.equals("''")) generated.add(el);
          }
        }
        continue;
      }
      for (CssSheet.Declaration d : rule.declarations()) {
        if (unknown == null) offer(el, d, false, false, spec);
        else markUncertain(el, expandNames(d.property()), unknown);
      }
    }
  }

  /**
   * Adds the presentational hints of one element's attributes: author level, specificity 0, before
   * every author sheet (HTML "Rendering", presentational hints).
   */
  void addHints(org.jsoup.nodes.Element el, List<CssSheet.Declaration> hints) {
    for (CssSheet.Declaration d : hints) offer(el, d, false, true, 0);
  }

  void addInline(org.jsoup.nodes.Element el, String style) {
    for (CssSheet.Declaration d : CssSheet.parseDeclarations(style)) {
      offer(el, d, true, false, 0);
      inlineProperties.computeIfAbsent(el, k -> new HashSet<>()).addAll(expandNames(d.property()));
    }
  }

  private void offer(org.jsoup.nodes.Element el, CssSheet.Declaration d, boolean inline, boolean hint, int spec) {
    int o = order++;
    Map<String, Candidate> map = winners.computeIfAbsent(el, k -> new HashMap<>());
    for (CssSheet.Declaration expanded : expand(d)) {
      Candidate c = new Candidate(expanded, inline, hint, spec, o);
      Candidate old = map.get(expanded.property());
      if (old == null || c.key() >= old.key()) map.put(expanded.property(), c);
    }
  }

  /** Expands the shorthands the rules read ({@code background}); other properties pass through. */
  private static List<CssSheet.Declaration> expand(CssSheet.Declaration d) {
    if (!d.property().equals("background")) return List.of(d);
    String v = d.value();
    String lower = v.toLowerCase(Locale.ROOT);
    List<CssSheet.Declaration> out = new ArrayList<>();
    out.add(d);
    boolean image = lower.contains("url(") || lower.contains("gradient(");
    out.add(new CssSheet.Declaration("background-image", image ? v : "none", d.important()));
    String color = image ? null : v.trim();
    if (color != null && !color.contains(" ") || color != null && (lower.startsWith("rgb") || lower.startsWith("hsl"))) {
      out.add(new CssSheet.Declaration("background-color", color, d.important()));
    } else if (image) {
      out.add(new CssSheet.Declaration("background-color", "unknown", d.important()));
    }
    return out;
  }

  private static List<String> expandNames(String property) {
    return property.equals("background") ? List.of("background", "background-color", "background-image") : List.of(property);
  }

  /** Specificity packed as a*65536 + b*256 + c (each capped). */
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\[[^\\]]*]");
  private static final Pattern ID = Pattern.compile("#[\\w-]+");
  private static final Pattern CLASS = Pattern.compile("\\.[\\w-]+");
  private static final Pattern EMPTY_ATTRIBUTE = Pattern.compile("\\[]");
  private static final Pattern PSEUDO_CLASS = Pattern.compile("(?<!:):(?!not|is|where)[\\w-]+");
  private static final Pattern NOT_TYPE = Pattern.compile("[#.:][\\w-]+|\\[]|\\([^)]*\\)");
  private static final Pattern TYPE = Pattern.compile("(?:^|[\\s>+~(])[a-zA-Z][\\w-]*");

  private static final Pattern WHERE = Pattern.compile(":where\\([^)]*\\)", Pattern.CASE_INSENSITIVE);

  static int specificity(String selector) {
    String s = ATTRIBUTE.matcher(QUOTED.matcher(selector).replaceAll("\"\"")).replaceAll("[]");
    s = WHERE.matcher(s).replaceAll(""); // :where() adds nothing
    int a = count(s, ID);
    int b = count(s, CLASS) + count(s, EMPTY_ATTRIBUTE) + count(s, PSEUDO_CLASS);
    int c = count(NOT_TYPE.matcher(s).replaceAll(" "), TYPE);
    return Math.min(a, 255) * 65536 + Math.min(b, 255) * 256 + Math.min(c, 255);
  }

  private static int count(String s, Pattern regex) {
    var m = regex.matcher(s);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  /**
   * Makes a document-level hiding ({@code display: none}, {@code visibility: hidden},
   * {@code opacity: 0} on {@code html} or {@code body}) unknown: on a page with scripts it is
   * almost always undone by one (frame-busting, anti-flicker snippets), which a static reading
   * cannot run.
   */
  void unsettleHidingByScript(org.jsoup.nodes.Element el) {
    Map<String, Candidate> map = winners.get(el);
    if (map == null) return;
    for (String property : List.of("display", "visibility", "opacity")) {
      Candidate c = map.get(property);
      if (c != null && hides(property, c.decl().value())) markUncertain(el, List.of(property), UnknownStyle.SCRIPT);
    }
  }

  /** What a rule that applies differently at 200% zoom declares may change there. */
  private void markZoomDependent(List<org.jsoup.nodes.Element> matched, CssSheet.StyleRule rule) {
    for (org.jsoup.nodes.Element el : matched) {
      Set<String> set = zoomDependent.computeIfAbsent(el, k -> new HashSet<>());
      for (CssSheet.Declaration d : rule.declarations()) set.addAll(expandNames(d.property()));
    }
  }

  private void markUncertain(org.jsoup.nodes.Element el, List<String> properties, UnknownStyle why) {
    Map<String, UnknownStyle> map = uncertain.computeIfAbsent(el, k -> new HashMap<>());
    for (String p : properties) map.putIfAbsent(p, why);
  }

  private static boolean hides(String property, String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    return switch (property) {
      case "display" -> v.equals("none");
      case "visibility" -> v.equals("hidden") || v.equals("collapse");
      default -> v.equals("0") || v.equals("0.0") || v.equals("0%");
    };
  }

  ElementStyle styleOf(org.jsoup.nodes.Element el) {
    Map<String, Candidate> map = winners.get(el);
    Map<String, UnknownStyle> unsure = uncertain.getOrDefault(el, Map.of());
    boolean gen = generated.contains(el);
    Set<String> inline = inlineProperties.getOrDefault(el, Set.of());
    Set<String> zoom = zoomDependent.getOrDefault(el, Set.of());
    if (map == null && unsure.isEmpty() && !gen && inline.isEmpty() && zoom.isEmpty()) return ElementStyle.EMPTY;
    Map<String, ElementStyle.Declared> declared = new HashMap<>();
    if (map != null) {
      map.forEach((k, v) -> declared.put(k, new ElementStyle.Declared(v.decl().value(), v.decl().important())));
    }
    return ElementStyle.of(declared, unsure, inline, gen, zoom);
  }
}
