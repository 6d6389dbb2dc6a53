package org.curbcut.internal.rules.structure;

import java.util.Locale;
import java.util.Optional;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/** The {@code <meta http-equiv="refresh">} of a page, parsed with the HTML "shared declarative refresh steps". */
final class RefreshContent {
  private RefreshContent() {}

  /** The delay in seconds of a refresh content value, or empty when browsers ignore it as invalid. */
  static Optional<Long> delay(String content) {
    int i = 0;
    int n = content.length();
    while (i < n && isAsciiSpace(content.charAt(i))) i++;
    int start = i;
    while (i < n && content.charAt(i) >= '0' && content.charAt(i) <= '9') i++;
    long time = 0;
    if (i == start) {
      if (i >= n || content.charAt(i) != '.') return Optional.empty();
    } else {
      String digits = content.substring(start, i);
      time = digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
    }
    while (i < n && ((content.charAt(i) >= '0' && content.charAt(i) <= '9') || content.charAt(i) == '.')) i++;
    if (i < n) {
      char c = content.charAt(i);
      if (c != ';' && c != ',' && !isAsciiSpace(c)) return Optional.empty();
    }
    return Optional.of(time);
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  /** The first meta refresh element of the page that browsers act on (the first valid one). */
  static Optional<Element> first(Page page) {
    for (Element e : page.elements()) {
      if (!e.is("meta") || Markup.inTemplate(e)) continue;
      if (!e.token("http-equiv").orElse("").equals("refresh")) continue;
      Optional<String> content = e.attr("content");
      if (content.isPresent() && delay(content.get()).isPresent()) return Optional.of(e);
    }
    return Optional.empty();
  }

  static long delayOf(Element meta) {
    return delay(meta.attrOr("content", "")).orElse(0L);
  }

  /** True when the refresh goes to another URL (redirect) rather than reloading the page. */
  static boolean isRedirect(Element meta) {
    String c = meta.attrOr("content", "").toLowerCase(Locale.ROOT);
    return c.matches("\\s*[0-9.]*\\s*[;,\\s]\\s*\\S.*");
  }
}
