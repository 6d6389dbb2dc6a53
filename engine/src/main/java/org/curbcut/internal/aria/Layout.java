package org.curbcut.internal.aria;

import java.util.Locale;
import java.util.Optional;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Element;
import org.curbcut.internal.standards.HtmlStandards;

/**
 * Block versus inline layout, which decides whether name from content sets a child's text apart
 * with spaces (browsers do for block-level boxes, not for inline ones). The author's declared
 * {@code display} wins; otherwise the HTML user-agent style sheet decides.
 */
final class Layout {
  private Layout() {}

  /**
   * True when the element is a box of its own (block-level, or an atomic inline such as
   * inline-block and form controls), so name from content sets its text apart with spaces.
   */
  static boolean isSeparateBox(Element e) {
    Optional<String> display = declaredDisplay(e);
    if (display.isPresent()) {
      String d = display.get();
      if (d.equals("inline") || d.equals("contents") || d.equals("none")) return false;
      return true;
    }
    return e.isHtml() && (HtmlStandards.get().isBlockLevel(e.name()) || HtmlStandards.get().isAtomicInline(e.name()));
  }

  private static Optional<String> declaredDisplay(Element e) {
    return Rendering.style(e, "display").declared().map(v -> v.replace("!important", "").trim().toLowerCase(Locale.ROOT))
        .filter(d -> !d.isEmpty() && !d.equals("inherit") && !d.equals("initial") && !d.equals("unset") && !d.equals("revert"));
  }
}
