package org.curbcut.fix;

import java.util.List;
import java.util.Optional;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.snapshot.Attribute;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.SourceRange;

/**
 * Turns intentions ("set alt on this img") into {@link Edit}s at the tracked source positions of
 * the original document. Empty when the element has no position in the source (the parser
 * implied it), because then there is nothing in the source to edit.
 */
public final class SourceEdits {
  private SourceEdits() {}

  /** Sets an attribute: replaces the value when present, else adds it at the end of the start tag. */
  public static Optional<Edit> setAttribute(Element e, String name, String value) {
    String text = e.page().text();
    Optional<Attribute> existing = e.attribute(name);
    if (existing.isPresent()) {
      Attribute a = existing.get();
      if (a.value().isEmpty()) return replaceEmptyValue(text, a, name, value);
      SourceRange vr = a.valueRange();
      if (vr.isKnown() && vr.start().offset() > 0) {
        int s = vr.start().offset();
        int end = vr.end().offset();
        char before = text.charAt(s - 1);
        if (before == '"' || before == '\'') return Optional.of(new Edit(s, end, escape(value, before)));
        return Optional.of(new Edit(s, end, "\"" + escape(value, '"') + "\""));
      }
      SourceRange nr = a.nameRange();
      if (!nr.isKnown()) return Optional.empty();
      return Optional.of(new Edit(nr.start().offset(), nr.end().offset(), name + "=\"" + escape(value, '"') + "\""));
    }
    return startTagInsertionPoint(e).map(at -> Edit.insert(at, " " + name + "=\"" + escape(value, '"') + "\""));
  }

  /**
   * An empty value ({@code alt=""}, {@code alt=''}, {@code alt=}, {@code alt}): the parser gives it
   * no range of its own, so the source after the name says where the value goes.
   */
  private static Optional<Edit> replaceEmptyValue(String text, Attribute a, String name, String value) {
    SourceRange nr = a.nameRange();
    if (!nr.isKnown()) return Optional.empty();
    int i = nr.end().offset();
    int j = skipSpace(text, i);
    if (j >= text.length() || text.charAt(j) != '=') {
      return Optional.of(Edit.insert(i, "=\"" + escape(value, '"') + "\""));
    }
    int k = skipSpace(text, j + 1);
    if (k < text.length() && (text.charAt(k) == '"' || text.charAt(k) == '\'')) {
      char q = text.charAt(k);
      if (k + 1 < text.length() && text.charAt(k + 1) == q) return Optional.of(Edit.insert(k + 1, escape(value, q)));
      return Optional.empty();
    }
    // "alt=" right before the tag's end: the value was left out
    return Optional.of(new Edit(nr.start().offset(), k, name + "=\"" + escape(value, '"') + "\""));
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n'
        || text.charAt(i) == '\r' || text.charAt(i) == '\f')) {
      i++;
    }
    return i;
  }

  /** Removes an attribute with the white space before it. */
  public static Optional<Edit> removeAttribute(Element e, String name) {
    Optional<Attribute> a = e.attribute(name);
    if (a.isEmpty() || !a.get().nameRange().isKnown()) return Optional.empty();
    String text = e.page().text();
    int start = a.get().nameRange().start().offset();
    while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) start--;
    int end = a.get().nameRange().end().offset();
    SourceRange vr = a.get().valueRange();
    if (vr.isKnown()) {
      end = vr.end().offset();
      if (end < text.length() && (text.charAt(end) == '"' || text.charAt(end) == '\'')) end++;
    }
    return Optional.of(new Edit(start, end, ""));
  }

  /** Inserts markup right before the element's start tag. */
  public static Optional<Edit> insertBefore(Element e, String html) {
    SourceRange st = e.startTag();
    return st.isKnown() ? Optional.of(Edit.insert(st.start().offset(), html)) : Optional.empty();
  }

  /** Inserts markup as the element's first content (right after its start tag). */
  public static Optional<Edit> prependContent(Element e, String html) {
    SourceRange st = e.startTag();
    return st.isKnown() ? Optional.of(Edit.insert(st.end().offset(), html)) : Optional.empty();
  }

  /** Inserts markup as the element's last content (right before its end tag). */
  public static Optional<Edit> appendContent(Element e, String html) {
    SourceRange et = endTag(e);
    return et.isKnown() ? Optional.of(Edit.insert(et.start().offset(), html)) : Optional.empty();
  }

  /** Inserts markup right after the element's end tag (or after a void element's start tag). */
  public static Optional<Edit> insertAfter(Element e, String html) {
    SourceRange et = endTag(e);
    if (et.isKnown()) return Optional.of(Edit.insert(et.end().offset(), html));
    SourceRange st = e.startTag();
    return st.isKnown() && e.children().isEmpty() ? Optional.of(Edit.insert(st.end().offset(), html)) : Optional.empty();
  }

  /**
   * The element's end tag when it is written in the source: {@code </name ...>}, or the empty
   * range where the parser implied it (not for raw-text elements). Anything else (a range that holds other text, as the
   * snapshot can report for a raw-text element left open at the end of the file) is unknown.
   */
  public static SourceRange endTag(Element e) {
    SourceRange et = e.endTag();
    if (!et.isKnown()) return et;
    int s = et.start().offset();
    int end = et.end().offset();
    // implied: fine, except that a raw-text element left open runs to the end of the file, and
    // whatever is inserted there becomes its text (a textarea's value, a script's code)
    if (s == end) return e.isHtml() && HtmlStandards.get().isTokenizedAsText(e.name()) ? SourceRange.UNKNOWN : et;
    String text = e.page().text();
    String open = "</" + e.name();
    boolean written = end <= text.length() && end - s > open.length() && text.regionMatches(true, s, open, 0, open.length())
        && text.charAt(end - 1) == '>';
    return written ? et : SourceRange.UNKNOWN;
  }

  /** The offset right before the start tag's closing {@code >} (or {@code />}). */
  static Optional<Integer> startTagInsertionPoint(Element e) {
    SourceRange st = e.startTag();
    if (!st.isKnown()) return Optional.empty();
    String text = e.page().text();
    int end = st.end().offset();
    int start = st.start().offset();
    // an element the parser implied has an empty range at the next token: the '>' before it is another tag's
    if (end <= start || start >= text.length() || text.charAt(start) != '<') return Optional.empty();
    if (end <= 0 || end > text.length() || text.charAt(end - 1) != '>') return Optional.empty();
    int at = end - 1;
    if (at > 0 && text.charAt(at - 1) == '/' && !endsUnquotedValue(e, text, at)) {
      // a self-closing slash: the new attribute goes before it, so the tag stays self-closing
      at--;
    }
    return Optional.of(at);
  }

  /**
   * True when an unquoted attribute value runs up to {@code at}: then a slash before the
   * {@code >} is part of the value ({@code <a href=/x/>}), and inserting before it would cut it off.
   */
  private static boolean endsUnquotedValue(Element e, String text, int at) {
    for (Attribute a : e.attributes()) {
      SourceRange vr = a.valueRange();
      if (!vr.isKnown() || vr.end().offset() != at || vr.start().offset() <= 0 || vr.start().offset() >= at) continue;
      char before = text.charAt(vr.start().offset() - 1);
      if (before != '"' && before != '\'') return true;
    }
    return false;
  }

  /** Escapes text for an attribute value quoted with {@code quote}. */
  public static String escape(String value, char quote) {
    StringBuilder sb = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '"' -> sb.append(quote == '"' ? "&quot;" : "\"");
        case '\'' -> sb.append(quote == '\'' ? "&#39;" : "'");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Escapes text for element content. */
  public static String escapeText(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** All present edits, or empty when any is missing. */
  @SafeVarargs
  public static Optional<List<Edit>> all(Optional<Edit>... edits) {
    java.util.ArrayList<Edit> out = new java.util.ArrayList<>();
    for (Optional<Edit> e : edits) {
      if (e.isEmpty()) return Optional.empty();
      out.add(e.get());
    }
    return Optional.of(out);
  }
}
