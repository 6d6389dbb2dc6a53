package org.curbcut.internal.standards;

import java.util.ArrayList;
import java.util.List;

/**
 * HTML's ASCII whitespace (U+0009 TAB, U+000A LF, U+000C FF, U+000D CR, U+0020 SPACE) and the
 * microsyntaxes built on it: the one tokeniser for attributes whose value is a set of
 * space-separated tokens ({@code role}, {@code class}, {@code rel}, {@code autocomplete},
 * {@code headers}, {@code aria-labelledby} and the other ID reference lists). Java's {@code \s}
 * also splits on U+000B (line tabulation) and {@code String.trim()} on every control character;
 * HTML does neither.
 */
public final class AsciiWhitespace {
  private AsciiWhitespace() {}

  /** True for the five ASCII whitespace characters of HTML. */
  public static boolean is(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  /** HTML "split a string on ASCII whitespace": the tokens in order, none empty; empty for null. */
  public static List<String> split(String value) {
    List<String> out = new ArrayList<>();
    if (value == null) return out;
    int n = value.length();
    int i = 0;
    while (i < n) {
      while (i < n && is(value.charAt(i))) i++;
      int start = i;
      while (i < n && !is(value.charAt(i))) i++;
      if (i > start) out.add(value.substring(start, i));
    }
    return out;
  }

  /** The first token, or "" when the value holds none. */
  public static String firstToken(String value) {
    if (value == null) return "";
    int n = value.length();
    int i = 0;
    while (i < n && is(value.charAt(i))) i++;
    int start = i;
    while (i < n && !is(value.charAt(i))) i++;
    return value.substring(start, i);
  }

  /** True when {@code token} is one of the value's tokens (case-sensitive, as for IDs and classes). */
  public static boolean containsToken(String value, String token) {
    return split(value).contains(token);
  }

  /** HTML "strip leading and trailing ASCII whitespace". */
  public static String strip(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && is(value.charAt(start))) start++;
    while (end > start && is(value.charAt(end - 1))) end--;
    return value.substring(start, end);
  }

  /** True when the value is empty or only ASCII whitespace. */
  public static boolean isBlank(String value) {
    for (int i = 0, n = value.length(); i < n; i++) {
      if (!is(value.charAt(i))) return false;
    }
    return true;
  }
}
