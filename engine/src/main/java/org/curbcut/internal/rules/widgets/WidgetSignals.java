package org.curbcut.internal.rules.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.curbcut.internal.standards.AsciiWhitespace;
import org.curbcut.snapshot.Element;

/** What markup says about scripted behaviour: click handlers, and names that give a widget away. */
final class WidgetSignals {
  private static final Pattern UNDERSCORES = Pattern.compile("_+");
  /** Inline click handlers of plain HTML and the common frameworks. */
  private static final List<String> CLICK_ATTRS = List.of("onclick", "ng-click", "v-on:click", "@click", "(click)",
      "data-ng-click", "x-on:click", "hx-get", "hx-post", "data-action");
  /** Class and id tokens of a close control (compiled once: it was compiled for every element asked). */
  private static final Pattern CLOSE_TOKEN = Pattern.compile("(.*-)?close(-.*)?|dismiss|btn-close");
  private static final Pattern CLOSE_TEXT = Pattern.compile("^\\s*(×|✕|✖|x|X|close|Close|CLOSE|schließen|fermer|cerrar)\\s*$");

  private WidgetSignals() {}

  static boolean hasClickHandler(Element e) {
    for (String a : CLICK_ATTRS) {
      if (e.has(a)) return true;
    }
    return false;
  }

  /** The element's class and id tokens, lower case, also cut at underscores. */
  static List<String> nameTokens(Element e) {
    String all = (e.attrOr("class", "") + " " + e.attrOr("id", "")).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String token : AsciiWhitespace.split(all)) {
      for (String part : UNDERSCORES.split(token)) {
        if (!part.isEmpty()) out.add(part);
      }
    }
    return out;
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
        || tokenMatches(e, CLOSE_TOKEN);
  }
}
