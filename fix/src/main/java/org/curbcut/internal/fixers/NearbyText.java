package org.curbcut.internal.fixers;

import java.util.List;
import java.util.regex.Pattern;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;

/**
 * The text a sighted user reads next to a form field: its placeholder and title, its labels, and
 * the text of the block that holds it and of the blocks just before and after (a table's
 * neighbouring cell). What a repair checks before adding words the page may already say.
 */
final class NearbyText {
  /** A block's text longer than this is a section, not the field's surroundings. */
  private static final int MAX_BLOCK = 400;

  private NearbyText() {}

  /** True when every one of {@code values} appears as a whole number or date in the text near the field. */
  static boolean givesEvery(Element field, List<Element> labels, List<String> values) {
    if (values.isEmpty()) return false;
    String near = of(field, labels);
    for (String v : values) {
      if (!Pattern.compile("(?<![\\p{Alnum}.])" + Pattern.quote(v) + "(?![\\p{Alnum}]|\\.\\d)").matcher(near).find()) return false;
    }
    return true;
  }

  /** The text near {@code field}; {@code labels}: the labels written for it. */
  static String of(Element field, List<Element> labels) {
    StringBuilder b = new StringBuilder();
    b.append(field.attrOr("placeholder", "")).append(' ').append(field.attrOr("title", "")).append(' ')
        .append(field.attrOr("aria-label", "")).append(' ');
    labels.forEach(l -> add(b, l));
    Element parent = field.parent();
    if (parent != null) {
      add(b, parent);
      siblings(b, field);
      siblings(b, parent);
    }
    return b.toString();
  }

  private static void siblings(StringBuilder b, Element e) {
    Element parent = e.parent();
    if (parent == null) return;
    List<Node> kids = parent.children();
    int at = kids.indexOf(e);
    if (at < 0) return;
    for (int i = at - 1; i >= 0; i--) if (kids.get(i) instanceof Element prev) { add(b, prev); break; }
    for (int i = at + 1; i < kids.size(); i++) if (kids.get(i) instanceof Element next) { add(b, next); break; }
  }

  private static void add(StringBuilder b, Element e) {
    String t = e.textContent();
    if (t.length() <= MAX_BLOCK) b.append(t).append(' ');
  }
}
