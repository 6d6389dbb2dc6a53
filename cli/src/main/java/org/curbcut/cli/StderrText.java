package org.curbcut.cli;

import org.curbcut.input.UrlCredentials;
import org.curbcut.report.Escape;

/**
 * What stderr shows of text that came from outside: file names, URLs, server headers, exception
 * messages. Sanitised as the text report sanitises page content ({@link Escape#terminal}): control
 * characters and so escape sequences become a visible U+FFFD instead of acting on the terminal;
 * line breaks become spaces, so one message stays one line; URL credentials are dropped.
 */
final class StderrText {
  private StderrText() {}

  /** One line, safe on a terminal, without URL credentials. */
  static String line(String s) {
    if (s == null) return "";
    return Escape.terminal(UrlCredentials.strip(s).replaceAll("[\\r\\n]+", " ").replace('\t', ' '));
  }
}
