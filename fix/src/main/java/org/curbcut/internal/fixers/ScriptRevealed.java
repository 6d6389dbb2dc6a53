package org.curbcut.internal.fixers;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.curbcut.fix.FixContext;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/**
 * Whether hidden content is likely to be shown by the page's own scripts: a closed dialog, an
 * inactive carousel slide, a collapsed menu. Its hidden state is the script's to manage, and a
 * static repair of it (taking its links out of the tab order, say) outlives the moment the script
 * opens it: the dialog can no longer be used with the keyboard. Such content is left to the
 * visitor's runtime, which sees it open and close. Read from the markup only, so it errs towards
 * "may be revealed" on any page with scripts.
 */
final class ScriptRevealed {
  private static final FixContext.Key<Facts> FACTS = FixContext.Key.of("script-revealed");

  /** Roles of content that scripts typically open and close. */
  private static final Set<String> TRANSIENT_ROLES = Set.of("dialog", "alertdialog", "menu", "listbox", "tooltip", "tabpanel");

  /** Class and id words of the same components in the common front-end libraries. */
  private static final Pattern TRANSIENT_NAMES = Pattern.compile(
      "modal|dialog|popup|popover|overlay|drawer|offcanvas|off-canvas|menu|dropdown|collapse|flyout|lightbox|"
          + "slide|carousel|slick|swiper|tab-pane|tabpanel|accordion|toggle|panel|sheet|toast|tooltip|expand|reveal");

  private ScriptRevealed() {}

  /** True when the page has scripts and {@code hidden} (or what holds it) looks like content they show and hide. */
  static boolean mayBe(Element hidden, FixContext ctx) {
    Facts facts = ctx.state(FACTS, () -> Facts.of(ctx.page()));
    if (!facts.scripted()) return false;
    // up to the body, not on it: its classes describe the whole page
    for (Element e = hidden; e != null && !e.is("body") && !e.is("html"); e = e.parent()) {
      if (e.is("dialog") || e.has("aria-modal")) return true;
      String role = e.attrOr("role", "").trim().toLowerCase(Locale.ROOT);
      if (TRANSIENT_ROLES.contains(role)) return true;
      String id = e.attrOr("id", "");
      if (!id.isEmpty() && facts.controlled().contains(id)) return true;
      String names = (e.attrOr("class", "") + " " + id).toLowerCase(Locale.ROOT);
      if (TRANSIENT_NAMES.matcher(names).find()) return true;
    }
    return false;
  }

  /** What the page says once: whether it runs scripts, and which ids controls point at. */
  private record Facts(boolean scripted, Set<String> controlled) {
    private static final List<String> POINTERS = List.of("aria-controls", "aria-owns", "data-target", "data-bs-target");

    static Facts of(Page page) {
      boolean scripted = false;
      Set<String> controlled = new HashSet<>();
      for (Element e : page.elements()) {
        if (e.is("script") && isCode(e)) scripted = true;
        if (!scripted && e.attributes().stream().anyMatch(a -> a.name().startsWith("on"))) scripted = true;
        if ((e.has("data-toggle") || e.has("data-bs-toggle")) && e.attrOr("href", "").startsWith("#")) {
          controlled.add(e.attrOr("href", "").substring(1));
        }
        for (String p : POINTERS) {
          for (String ref : e.attrOr(p, "").trim().split("\\s+")) {
            if (!ref.isEmpty()) controlled.add(ref.startsWith("#") ? ref.substring(1) : ref);
          }
        }
      }
      return new Facts(scripted, controlled);
    }

    /** A script element the browser runs (not a data block such as JSON-LD or a template). */
    private static boolean isCode(Element script) {
      String type = script.attrOr("type", "").trim().toLowerCase(Locale.ROOT);
      return type.isEmpty() || type.equals("module") || type.contains("javascript") || type.contains("ecmascript");
    }
  }
}
