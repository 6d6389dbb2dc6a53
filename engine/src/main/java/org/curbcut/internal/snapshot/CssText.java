package org.curbcut.internal.snapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * Reading CSS text as written: comments, top-level separators and matching braces, aware of
 * quotes and parentheses. Shared by the static cascade and the rules that read style sheets.
 */
public final class CssText {
  private CssText() {}

  /** The text without comments. */
  public static String stripComments(String css) {
    if (css.indexOf("/*") < 0) return css;
    StringBuilder sb = new StringBuilder(css.length());
    int i = 0;
    while (i < css.length()) {
      int s = css.indexOf("/*", i);
      if (s < 0) {
        sb.append(css, i, css.length());
        break;
      }
      sb.append(css, i, s);
      int e = css.indexOf("*/", s + 2);
      if (e < 0) break;
      i = e + 2;
    }
    return sb.toString();
  }

  /** Splits on a separator outside quotes, parentheses and brackets. */
  public static List<String> splitTopLevel(String s, char sep) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == '\\') i++;
        else if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (c == sep && depth == 0) {
        parts.add(s.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(s.substring(start));
    return parts;
  }

  /** The first {@code target} at or after {@code from} outside quotes, parentheses and brackets, or -1. */
  public static int indexOfTopLevel(String s, int from, char target) {
    char quote = 0;
    int depth = 0;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == '\\') i++;
        else if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '(' || c == '[') {
        // CSS syntax: a ( or [ block runs to its matching close, whatever is inside; so an HTML
        // page's <style><![CDATA[ ... ]]> is one unclosed prelude and browsers drop the sheet
        depth++;
      } else if (c == ')' || c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (c == target && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the brace that closes the one at {@code open}, or -1. */
  public static int matchingBrace(String s, int open) {
    int depth = 0;
    char quote = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == '\\') i++;
        else if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (depth == 0) return i;
      }
    }
    return -1;
  }
}
