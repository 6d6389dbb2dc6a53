package org.curbcut.internal.rules.aria;

import java.util.Locale;
import java.util.Optional;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/** What inline scripts visibly do about focus, read from the markup (no script is run). */
final class FocusScripts {
  private FocusScripts() {}

  /**
   * True when the element has an {@code onfocus} / {@code onfocusin} handler, or an inline script
   * of its page names its id and listens to focus: it may hand focus on at once (a focus sentinel).
   */
  static boolean mayRedirectFocus(Element e) {
    if (e.has("onfocus") || e.has("onfocusin")) return true;
    Optional<String> id = e.id();
    Page page = e.page();
    if (id.isEmpty() || page == null) return false;
    for (Element s : page.elements()) {
      if (!s.is("script")) continue;
      String code = scriptText(s);
      if (!code.contains(id.get())) continue;
      String lower = code.toLowerCase(Locale.ROOT);
      if (lower.contains("'focus'") || lower.contains("\"focus\"") || lower.contains("onfocus")
          || lower.contains("'focusin'") || lower.contains("\"focusin\"")) {
        return true;
      }
    }
    return false;
  }

  /** The script's source text: the snapshot keeps script content out of the tree, the page text has it. */
  private static String scriptText(Element script) {
    if (!script.startTag().isKnown() || script.page() == null) return script.textContent();
    String text = script.page().text();
    int from = Math.min(text.length(), Math.max(0, script.startTag().end().offset()));
    int to = text.toLowerCase(Locale.ROOT).indexOf("</script", from);
    return text.substring(from, to < 0 ? text.length() : to);
  }
}
