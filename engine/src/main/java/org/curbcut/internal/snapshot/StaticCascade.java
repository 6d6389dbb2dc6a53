package org.curbcut.internal.snapshot;

import org.curbcut.snapshot.ElementStyle;

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
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * Resolves the author cascade statically: inline {@code style}, {@code <style>} blocks and
 * stylesheets the caller could load. Selector matching uses jsoup's selector engine on the parsed
 * document; rules with state pseudo-classes (:hover, :focus ...) are left out because they do not
 * describe the page at rest; a selector jsoup cannot read makes its properties uncertain everywhere.
 */
final class StaticCascade {
  private static final Pattern STATE_PSEUDO = Pattern.compile(
      ":(hover|focus|focus-visible|focus-within|active|visited|target|checked|invalid|valid|"
          + "user-invalid|placeholder-shown|autofill|indeterminate|fullscreen|modal|popover-open|open)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PSEUDO_ELEMENT = Pattern.compile("::?([a-zA-Z-]+)\\s*$");

  private record Candidate(CssSheet.Declaration decl, boolean inline, int specificity, int order) {
    long key() {
      return ((decl.important() ? 1L : 0L) << 62) | ((inline ? 1L : 0L) << 61)
          | ((long) specificity << 24) | order;
    }
  }

  private final Map<org.jsoup.nodes.Element, Map<String, Candidate>> winners = new IdentityHashMap<>();
  private final Map<org.jsoup.nodes.Element, Set<String>> uncertain = new IdentityHashMap<>();
  private final Set<org.jsoup.nodes.Element> generated = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<String> uncertainEverywhere = new HashSet<>();
  /** The properties each element's style attribute declares (shorthands with what they set). */
  private final Map<org.jsoup.nodes.Element, Set<String>> inlineProperties = new IdentityHashMap<>();
  private boolean complete = true;
  private int order;

  void markIncomplete() {
    complete = false;
  }

  boolean isComplete() {
    return complete;
  }

  void addSheet(Document doc, String css) {
    CssSheet sheet = CssSheet.parse(css);
    if (sheet.incomplete) complete = false;
    for (CssSheet.StyleRule rule : sheet.rules) {
      for (String selector : CssText.splitTopLevel(rule.selectors(), ',')) {
        applyRule(doc, selector.trim(), rule);
      }
    }
  }

  private void applyRule(Document doc, String selector, CssSheet.StyleRule rule) {
    if (selector.isEmpty() || STATE_PSEUDO.matcher(selector).find()) return;
    boolean pseudoContent = false;
    var pe = PSEUDO_ELEMENT.matcher(selector);
    if (pe.find()) {
      String name = pe.group(1).toLowerCase(Locale.ROOT);
      if (name.equals("before") || name.equals("after")) {
        pseudoContent = true;
        selector = selector.substring(0, pe.start()).trim();
        if (selector.isEmpty()) selector = "*";
      } else if (selector.contains("::") || isPseudoElementName(name)) {
        return; // ::placeholder, ::marker, ::selection ... style no element box we model
      }
    }
    Elements matched;
    try {
      matched = Selector.select(selector, doc);
    } catch (RuntimeException unreadable) {
      complete = false;
      for (CssSheet.Declaration d : rule.declarations()) uncertainEverywhere.addAll(expandNames(d.property()));
      return;
    }
    int spec = specificity(selector);
    for (org.jsoup.nodes.Element el : matched) {
      if (pseudoContent) {
        for (CssSheet.Declaration d : rule.declarations()) {
          if (d.property().equals("content")) {
            String v = d.value().trim().toLowerCase(Locale.ROOT);
            if (!v.equals("none") && !v.equals("normal") && !v.equals("\"\"") && !v.equals("''")) generated.add(el);
          }
        }
        continue;
      }
      for (CssSheet.Declaration d : rule.declarations()) {
        if (rule.certain()) offer(el, d, false, spec);
        else uncertain.computeIfAbsent(el, k -> new HashSet<>()).addAll(expandNames(d.property()));
      }
    }
  }

  private static boolean isPseudoElementName(String name) {
    return switch (name) {
      case "placeholder", "marker", "selection", "first-line", "first-letter", "backdrop", "file-selector-button",
          "cue", "spelling-error", "grammar-error", "target-text" -> true;
      default -> false;
    };
  }

  void addInline(org.jsoup.nodes.Element el, String style) {
    for (CssSheet.Declaration d : CssSheet.parseDeclarations(style)) {
      offer(el, d, true, 0);
      inlineProperties.computeIfAbsent(el, k -> new HashSet<>()).addAll(expandNames(d.property()));
    }
  }

  private void offer(org.jsoup.nodes.Element el, CssSheet.Declaration d, boolean inline, int spec) {
    int o = order++;
    Map<String, Candidate> map = winners.computeIfAbsent(el, k -> new HashMap<>());
    for (CssSheet.Declaration expanded : expand(d)) {
      Candidate c = new Candidate(expanded, inline, spec, o);
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

  static int specificity(String selector) {
    String s = ATTRIBUTE.matcher(QUOTED.matcher(selector).replaceAll("\"\"")).replaceAll("[]");
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

  ElementStyle styleOf(org.jsoup.nodes.Element el) {
    Map<String, Candidate> map = winners.get(el);
    Set<String> unsure = uncertain.getOrDefault(el, Set.of());
    boolean gen = generated.contains(el);
    Set<String> inline = inlineProperties.getOrDefault(el, Set.of());
    if (map == null && unsure.isEmpty() && uncertainEverywhere.isEmpty() && !gen && inline.isEmpty()) return ElementStyle.EMPTY;
    Map<String, ElementStyle.Declared> declared = new HashMap<>();
    if (map != null) {
      map.forEach((k, v) -> declared.put(k, new ElementStyle.Declared(v.decl().value(), v.decl().important())));
    }
    Set<String> allUnsure = new HashSet<>(unsure);
    allUnsure.addAll(uncertainEverywhere);
    return ElementStyle.of(declared, allUnsure, inline, gen);
  }
}
