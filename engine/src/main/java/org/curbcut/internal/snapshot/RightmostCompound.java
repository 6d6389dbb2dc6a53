package org.curbcut.internal.snapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * What an element must have to match a selector, read from the selector's rightmost compound (the
 * part after its last combinator, which the element itself matches): its id, its classes and its
 * tag name, each null or empty when the compound does not name one. Arguments of pseudo-classes
 * ({@code :not(.a)}, {@code :has(#b)}) and attribute selectors say nothing here.
 *
 * <p>Read only when certain: a selector with an escape, a quote outside brackets, a namespace, a
 * name outside ASCII letters, digits, {@code -} and {@code _}, or brackets that do not pair gives
 * null, and is then tried on every element.
 *
 * @param id the id the compound requires, or null
 * @param classes the classes it requires (case compared as jsoup does), possibly none
 * @param tag the type selector's name, or null for none or {@code *}
 */
record RightmostCompound(String id, List<String> classes, String tag) {

  /** The requirements of a selector's rightmost compound, or null when they cannot be read for certain. */
  static RightmostCompound of(String selector) {
    int start = compoundStart(selector);
    if (start < 0 || start >= selector.length()) return null;
    return read(selector, start);
  }

  /** Where the rightmost compound starts, or -1 when the grouping cannot be read for certain. */
  private static int compoundStart(String s) {
    char[] open = new char[s.length()];
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') return -1;
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '(' || c == '[') {
        open[depth++] = c;
      } else if (c == ')' || c == ']') {
        if (depth == 0 || open[depth - 1] != (c == ')' ? '(' : '[')) return -1;
        depth--;
      } else if (depth > 0) {
        if (c == '"' || c == '\'') quote = c;
      } else if (c == '"' || c == '\'' || c == ',') {
        return -1;
      } else if (isCombinator(c)) {
        start = i + 1;
      }
    }
    return depth == 0 && quote == 0 ? start : -1;
  }

  /** jsoup's combinators and the whitespace it reads as the descendant combinator. */
  private static boolean isCombinator(char c) {
    return c == '>' || c == '+' || c == '~' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static RightmostCompound read(String s, int start) {
    String id = null;
    String tag = null;
    List<String> classes = new ArrayList<>();
    int i = start;
    int n = s.length();
    if (isNameChar(s.charAt(i))) {
      int end = nameEnd(s, i);
      if (!endsName(s, end)) return null;
      tag = s.substring(i, end);
      i = end;
    } else if (s.charAt(i) == '*') {
      i++;
      if (!endsName(s, i)) return null;
    }
    while (i < n) {
      char c = s.charAt(i);
      if (c == '#' || c == '.') {
        int end = nameEnd(s, i + 1);
        if (end == i + 1 || !endsName(s, end)) return null;
        String name = s.substring(i + 1, end);
        if (c == '#') {
          if (id != null && !id.equals(name)) return null; // matches nothing; let jsoup say so
          id = name;
        } else {
          classes.add(name);
        }
        i = end;
      } else if (c == ':') {
        i = nameEnd(s, i + 1);
        if (i < n && s.charAt(i) == '(') i = groupEnd(s, i);
        if (i < 0 || !endsName(s, i)) return null;
      } else if (c == '[') {
        i = groupEnd(s, i);
        if (i < 0 || !endsName(s, i)) return null;
      } else {
        return null;
      }
    }
    return new RightmostCompound(id, List.copyOf(classes), tag);
  }

  private static boolean isNameChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
  }

  private static int nameEnd(String s, int i) {
    while (i < s.length() && isNameChar(s.charAt(i))) i++;
    return i;
  }

  /** A name ends at the end of the compound or where the next simple selector starts. */
  private static boolean endsName(String s, int i) {
    if (i >= s.length()) return true;
    char c = s.charAt(i);
    return c == '#' || c == '.' || c == ':' || c == '[';
  }

  /** The index after the bracket that closes the one at {@code open} (pairs were checked), or -1. */
  private static int groupEnd(String s, int open) {
    int depth = 0;
    char quote = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && --depth == 0) {
        return i + 1;
      }
    }
    return -1;
  }
}
