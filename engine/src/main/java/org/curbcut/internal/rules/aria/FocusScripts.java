package org.curbcut.internal.rules.aria;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.curbcut.rules.RuleContext;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/** What inline scripts visibly do about focus, read from the markup (no script is run). */
final class FocusScripts {
  /** One script element's source text, and whether it listens to focus. */
  private record Script(String code, boolean listensToFocus) {}

  /**
   * The scripts of a page, read once per audit: each element asked about read every script again,
   * and lower-cased the whole page text for each one.
   */
  private static final RuleContext.Key<List<Script>> SCRIPTS = RuleContext.Key.of("focus-scripts");

  private FocusScripts() {}

  /**
   * True when the element has an {@code onfocus} / {@code onfocusin} handler, or an inline script
   * of its page names its id and listens to focus: it may hand focus on at once (a focus sentinel).
   */
  static boolean mayRedirectFocus(RuleContext ctx, Element e) {
    if (e.has("onfocus") || e.has("onfocusin")) return true;
    Optional<String> id = e.id();
    Page page = e.page();
    if (id.isEmpty() || page == null) return false;
    for (Script s : ctx.memo(SCRIPTS, page, () -> scripts(page))) {
      if (s.listensToFocus() && s.code().contains(id.get())) return true;
    }
    return false;
  }

  private static List<Script> scripts(Page page) {
    List<Script> out = new ArrayList<>();
    String lowerPage = null;
    for (Element s : page.elements()) {
      if (!s.is("script")) continue;
      String code;
      if (!s.startTag().isKnown() || s.page() == null) {
        code = s.textContent();
      } else {
        if (lowerPage == null) lowerPage = s.page().text().toLowerCase(Locale.ROOT);
        code = scriptText(s, lowerPage);
      }
      String lower = code.toLowerCase(Locale.ROOT);
      boolean focus = lower.contains("'focus'") || lower.contains("\"focus\"") || lower.contains("onfocus")
          || lower.contains("'focusin'") || lower.contains("\"focusin\"");
      out.add(new Script(code, focus));
    }
    return out;
  }

  /**
   * The script's source text: the snapshot keeps script content out of the tree, the page text has
   * it. {@code lowerPage} is the page's text lower-cased, where its end tag is looked for.
   */
  private static String scriptText(Element script, String lowerPage) {
    String text = script.page().text();
    int from = Math.min(text.length(), Math.max(0, script.startTag().end().offset()));
    int to = lowerPage.indexOf("</script", from);
    return text.substring(from, to < 0 ? text.length() : to);
  }
}
