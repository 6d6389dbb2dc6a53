package org.curbcut.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/**
 * Which attributes each rule reads, for a re-audit of a page whose only change is attribute values
 * (a repaired page: the repairs set alt, aria-label, role, tabindex...). A rule that reads none of
 * the changed attributes gives the same results on both pages, so a repair run carries its results
 * over instead of running it again. Kept here in one table, not in the rules: the table is read by
 * whoever checks a rule's change against it, next to every other entry.
 *
 * <p>Every rule is taken to read the tree's shape, its text, the page's style sheets and where it
 * came from: the table only scopes a re-audit of a page that has all of those unchanged (the caller
 * checks). A rule not in the table reads everything, which is the safe default: a rule added or
 * rewritten re-runs until someone lists what it reads. An entry must name every attribute the rule
 * reads, directly or through what it calls (the script scan, the labels, a disabled control), and
 * say whether it reads style: style reads every attribute a selector or presentational hint of the
 * page can look at ({@link #styleAttributes}).
 */
public final class RuleInputs {
  /** What one rule reads besides shape, text and sheets: attribute names, name prefixes, style. */
  private record Reads(Set<String> names, List<String> prefixes, boolean style) {
    boolean reads(String attribute, Set<String> styleAttributes) {
      if (names.contains(attribute)) return true;
      for (String p : prefixes) if (attribute.startsWith(p)) return true;
      return style && styleAttributes.contains(attribute);
    }
  }

  /** The inline script scan (Markup.inlineScriptText, Scripting.present): script type and src, on* handlers, javascript: links. */
  private static final Set<String> SCRIPTS = Set.of("type", "language", "src", "href");
  private static final List<String> HANDLERS = List.of("on");

  /**
   * Text contrast besides style: the meta color-scheme, the size of replaced elements, and whether
   * text belongs to a disabled control (aria-disabled, disabled fields and fieldsets, the labels of
   * controls by for/id and aria-labelledby, hidden inputs that no label labels).
   */
  private static final Set<String> CONTRAST = Set.of("name", "content", "aria-disabled", "disabled", "for", "id",
      "aria-labelledby", "type", "width", "height");

  private static final Map<String, Reads> TABLE = Map.ofEntries(
      // scripts and the title element
      Map.entry("document-title", new Reads(SCRIPTS, HANDLERS, false)),
      Map.entry("character-key-shortcut", new Reads(SCRIPTS, HANDLERS, false)),
      Map.entry("device-motion", new Reads(SCRIPTS, HANDLERS, false)),
      Map.entry("auto-updating-content", new Reads(union(SCRIPTS, Set.of("role")), HANDLERS, false)),
      Map.entry("marquee", new Reads(union(SCRIPTS, Set.of("loop")), HANDLERS, true)),
      Map.entry("blink", new Reads(Set.of(), List.of(), false)),
      // meta elements
      Map.entry("meta-viewport", new Reads(Set.of("name", "content"), List.of(), false)),
      Map.entry("meta-refresh", new Reads(Set.of("http-equiv", "content"), List.of(), false)),
      Map.entry("meta-refresh-no-exception", new Reads(Set.of("http-equiv", "content"), List.of(), false)),
      // the page's language and the languages of its parts (text hidden from everyone is left out)
      Map.entry("html-has-lang", new Reads(Set.of("lang", "xml:lang"), List.of(), false)),
      Map.entry("html-lang-valid", new Reads(Set.of("lang", "xml:lang"), List.of(), false)),
      Map.entry("lang-of-parts", new Reads(Set.of("lang", "xml:lang", "aria-hidden", "inert", "hidden"), List.of(), true)),
      // ids
      Map.entry("duplicate-id", new Reads(Set.of("id"), List.of(), false)),
      // style only
      Map.entry("css-orientation-lock", new Reads(Set.of(), List.of(), true)),
      Map.entry("letter-spacing-important", new Reads(Set.of(), List.of(), true)),
      Map.entry("word-spacing-important", new Reads(Set.of(), List.of(), true)),
      Map.entry("line-height-important", new Reads(Set.of(), List.of(), true)),
      // text contrast
      Map.entry("color-contrast", new Reads(CONTRAST, List.of(), true)),
      Map.entry("color-contrast-enhanced", new Reads(CONTRAST, List.of(), true)));

  /**
   * Attributes the cascade may read on any page: the user-agent sheet's and the presentational
   * hints' ({@code hidden}, {@code type}, {@code align}, {@code bgcolor}...), inline style, and the
   * attributes pseudo-classes stand for ({@code :lang}, {@code :disabled}, {@code :link}...).
   */
  private static final Set<String> ALWAYS_STYLED = Set.of((
      // attribute names (a few share a name with an element: style, link, frame, text), one string
      "style class id hidden type href open lang xml:lang dir align valign bgcolor background color text link vlink alink face"
      + " size width height border nowrap cellpadding cellspacing hspace vspace frameborder disabled checked selected readonly required multiple value placeholder media rel"
      + " inert popover contenteditable srcdoc shadowrootmode start reversed rules frame clear noshade span colspan rowspan max min low high optimum").split(" "));

  /** An attribute selector's name, {@code [data-x]}, {@code [ns|x]}, and what {@code attr()} reads. */
  private static final Pattern SELECTED =
      Pattern.compile("\\[\\s*(?:[\\w*-]*\\|)?([\\w:.-]+)|attr\\(\\s*([\\w:.-]+)");

  private RuleInputs() {}

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  /** True when the table says what the rule reads. */
  public static boolean isListed(String ruleId) {
    return TABLE.containsKey(ruleId);
  }

  /** The rule ids the table lists. */
  public static Set<String> listed() {
    return TABLE.keySet();
  }

  /**
   * True when the rule certainly reads none of {@code changed} (attribute names, lower case) on a
   * page with {@code styleAttributes} ({@link #styleAttributes}); false for a rule not listed.
   */
  public static boolean unaffected(String ruleId, Set<String> changed, Set<String> styleAttributes) {
    Reads r = TABLE.get(ruleId);
    if (r == null) return false;
    for (String a : changed) if (r.reads(a, styleAttributes)) return false;
    return true;
  }

  /**
   * The attributes the style of a page may depend on: those any page's may, and every attribute
   * named in an attribute selector or {@code attr()} of the page's sheets, of its {@code <style>}
   * elements wherever they are (shadow trees, srcdoc frames) and of its frames' sheets. Looked for
   * in the text, so a comment that names one only makes the answer larger.
   */
  public static Set<String> styleAttributes(Page page) {
    Set<String> out = new HashSet<>(ALWAYS_STYLED);
    collect(page, out, 0);
    return out;
  }

  private static void collect(Page page, Set<String> out, int depth) {
    for (String sheet : page.styleSheets()) names(sheet, out);
    String text = page.text();
    for (Element e : page.elements()) {
      if (e.name().equalsIgnoreCase("style")) {
        if (!e.startTag().isKnown()) {
          names(text, out); // no position to cut the sheet from: every name the page's text selects
        } else {
          int from = e.startTag().end().offset();
          int to = e.endTag().isKnown() ? e.endTag().start().offset() : text.length();
          if (from >= 0 && from <= to && to <= text.length()) names(text.substring(from, to), out);
          else names(text, out);
        }
      }
      if (e.contentDocument() != null && depth < 8) collect(e.contentDocument(), out, depth + 1);
    }
  }

  private static void names(String css, Set<String> out) {
    Matcher m = SELECTED.matcher(css);
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      out.add(name.toLowerCase(Locale.ROOT));
    }
  }
}
