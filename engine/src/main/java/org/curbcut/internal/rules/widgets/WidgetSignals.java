package org.curbcut.internal.rules.widgets;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.curbcut.snapshot.Element;

/** What markup says about scripted behaviour: click handlers, and names that give a widget away. */
final class WidgetSignals {
  private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s_]+");
  /** Inline click handlers of plain HTML and the common frameworks. */
  private static final List<String> CLICK_ATTRS = List.of("onclick", "ng-click", "v-on:click", "@click", "(click)",
      "data-ng-click", "x-on:click", "hx-get", "hx-post", "data-action");
  private static final Pattern CLOSE_TEXT = Pattern.compile("^\\s*(×|✕|✖|x|X|close|Close|CLOSE|schließen|fermer|cerrar)\\s*$");

  private WidgetSignals() {}

  static boolean hasClickHandler(Element e) {
    for (String a : CLICK_ATTRS) {
      if (e.has(a)) return true;
    }
    return false;
  }

  /** The element's class and id tokens, lower case. */
  static List<String> nameTokens(Element e) {
    String all = (e.attrOr("class", "") + " " + e.attrOr("id", "")).toLowerCase(Locale.ROOT);
    return List.of(SEPARATORS.split(all.trim()));
  }

  static boolean tokenMatches(Element e, Pattern p) {
    for (String t : nameTokens(e)) {
      if (p.matcher(t).matches()) return true;
    }
    return false;
  }

  /** A close control: text like × or "Close", or a class/aria-label that says close. */
  static boolean looksLikeClose(Element e) {
    String label = e.attrOr("aria-label", "").toLowerCase(Locale.ROOT);
    return CLOSE_TEXT.matcher(e.textContent()).matches() || label.contains("close")
        || tokenMatches(e, Pattern.compile("(.*-)?close(-.*)?|dismiss|btn-close"));
  }
}
