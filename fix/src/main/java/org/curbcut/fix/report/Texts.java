package org.curbcut.fix.report;

import java.util.List;
import org.curbcut.internal.standards.Wcag;

/** Small wording helpers shared by the writers. */
final class Texts {
  private Texts() {}

  /** "1.1.1 Non-text Content (Level A)", or "best practice …" when there is no criterion. */
  static String criterion(List<String> wcag) {
    if (wcag.isEmpty()) return Messages.get("criterion.none");
    String n = wcag.get(0);
    String first = Wcag.get().criterion(n).map(c -> Messages.get("criterion.label", c.number(), c.title(), c.level())).orElse(n);
    return wcag.size() == 1 ? first : first + " (also " + String.join(", ", wcag.subList(1, wcag.size())) + ")";
  }

  /** The W3C Understanding page of the rule's first criterion, if any. */
  static String understandingUrl(List<String> wcag) {
    for (String sc : wcag) {
      var c = Wcag.get().criterion(sc);
      if (c.isPresent()) return c.get().understandingUrl();
    }
    return "";
  }

  /** "file:line:column", or the file alone when the position is unknown. */
  static String location(String source, int line, int column) {
    if (line <= 0) return source;
    return source + ":" + line + (column > 0 ? ":" + column : "");
  }

  /** Removes control characters a terminal would interpret (escape sequences in page content). */
  static String terminal(String s) {
    return org.curbcut.report.Escape.terminal(s);
  }

  /** Text safe in HTML element content and quoted attribute values. */
  static String html(String s) {
    return org.curbcut.report.Escape.html(s);
  }
}
