package org.curbcut.report;

/** Escaping for untrusted text (snippets and messages come from audited pages). */
public final class Escape {
  private Escape() {}

  /** Text safe in HTML element content and in quoted attribute values. */
  public static String html(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> appendSafe(b, s, i, c);
      }
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
    }
    return b.toString();
  }

  /** Text safe in XML 1.0 content and attribute values; characters XML cannot carry become U+FFFD. */
  static String xml(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        case '\n' -> b.append("&#10;");
        case '\r' -> b.append("&#13;");
        case '\t' -> b.append("&#9;");
        default -> appendSafe(b, s, i, c);
      }
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
    }
    return b.toString();
  }

  /** XML element content that keeps its line breaks readable. */
  static String xmlText(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        default -> appendSafe(b, s, i, c);
      }
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
    }
    return b.toString();
  }

  /**
   * The text with every character XML 1.0 cannot carry (control characters other than tab, line
   * feed and carriage return, lone surrogates, U+FFFE, U+FFFF; and the C1 controls, which it
   * discourages) replaced by U+FFFD, and nothing escaped: for writers that escape themselves, such
   * as a DOM serializer, which would otherwise write a document no XML parser reads.
   */
  public static String xmlChars(String s) {
    if (s == null) return "";
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      boolean bad = !pair && (Character.isSurrogate(c) || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
          || c == 0xFFFE || c == 0xFFFF || (c >= 0x7f && c < 0xa0));
      if (bad && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
      if (b != null) {
        if (bad) b.append('\uFFFD');
        else if (pair) b.append(c).append(s.charAt(i + 1));
        else b.append(c);
      }
      if (pair) i++;
    }
    return b == null ? s : b.toString();
  }

  /** Removes control characters a terminal would interpret (escape sequences in page content). */
  public static String terminal(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\t') b.append(c);
      else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) b.append('\uFFFD');
      else b.append(c);
    }
    return b.toString();
  }

  private static void appendSafe(StringBuilder b, String s, int i, char c) {
    if (Character.isHighSurrogate(c)) {
      if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) b.append(c).append(s.charAt(i + 1));
      else b.append('\uFFFD');
    } else if (Character.isLowSurrogate(c)) {
      b.append('\uFFFD');
    } else if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0xFFFE || c == 0xFFFF
        || (c >= 0x7f && c < 0xa0)) {
      b.append('\uFFFD');
    } else {
      b.append(c);
    }
  }
}
