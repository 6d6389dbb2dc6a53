package org.curbcut.internal.rules.commons;

import java.util.Locale;
import org.curbcut.rules.RuleContext;
import org.curbcut.snapshot.Attribute;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/**
 * Whether a page runs scripts. A static reading cannot see what they do, so rules that would fail
 * something a script typically completes (an empty label it fills, a skip link it wires) ask here
 * and answer cantTell instead.
 */
public final class Scripting {
  private static final RuleContext.Key<Boolean> SCRIPTING = RuleContext.Key.of("has-scripting");

  private Scripting() {}

  /** True when some script can run on the page: a script element (inline or external) or an event handler attribute. */
  public static boolean present(RuleContext ctx, Page page) {
    return ctx.memo(SCRIPTING, page, () -> find(page));
  }

  private static boolean find(Page page) {
    LowerCaseText lower = new LowerCaseText(page);
    for (Element e : page.elements()) {
      if (e.is("script") && isJavaScript(e) && (e.has("src") || !rawText(e, lower).isBlank())) return true;
      for (Attribute a : e.attributes()) {
        String n = a.name().toLowerCase(Locale.ROOT);
        if (n.startsWith("on") && !a.value().isBlank()) return true;
      }
      if (e.is("a", "area") && e.attr("href").map(h -> h.trim().toLowerCase(Locale.ROOT).startsWith("javascript:")).orElse(false)) return true;
    }
    return false;
  }

  /** A script element of a JavaScript type (no type, a JavaScript MIME type, or module). */
  public static boolean isJavaScript(Element script) {
    String type = script.token("type").orElse("");
    return type.isEmpty() || type.contains("javascript") || type.equals("module") || type.contains("ecmascript");
  }

  /** The raw text of an element whose content the snapshot does not keep (script, style). */
  public static String rawText(Element e) {
    return rawText(e, new LowerCaseText(e.page()));
  }

  /**
   * {@link #rawText(Element)}, the page's text lower-cased once for all the elements of one walk
   * (lower-casing the whole page again for each empty script made pages with many of them slow).
   */
  public static String rawText(Element e, LowerCaseText lower) {
    Page page = e.page();
    if (page == null || !e.startTag().isKnown() || !e.endTag().isKnown()) return e.textContent();
    String text = page.text();
    int s = e.startTag().end().offset();
    int end = e.endTag().start().offset();
    if (end <= s) {
      // the end tag range may span the whole element: cut the text up to its closing tag
      end = Math.min(text.length(), e.endTag().end().offset());
      int close = lower.get().lastIndexOf("</" + e.name(), end);
      if (close >= s) end = close;
    }
    if (s < 0 || end > text.length() || s >= end) return "";
    return text.substring(s, end);
  }

  /** A page's text lower-cased, when first asked. */
  public static final class LowerCaseText {
    private final Page page;
    private String lower;

    public LowerCaseText(Page page) {
      this.page = page;
    }

    String get() {
      if (lower == null) lower = page.text().toLowerCase(Locale.ROOT);
      return lower;
    }
  }
}
