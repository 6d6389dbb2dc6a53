package org.curbcut.internal.rules.text;

import java.util.Locale;
import java.util.Set;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Text;
import org.curbcut.snapshot.Tri;

/**
 * The "visible inner text" of an element as the ACT Rules define it: the text of its visible
 * text nodes, with line breaks around block-level boxes and for {@code <br>}, and nothing for
 * content that is not rendered or not visible. Where static CSS cannot tell whether some text
 * is visible or how it is laid out, two readings are kept: {@link #withUncertain} counts such
 * text, {@link #withoutUncertain} leaves it out; they are equal when nothing was uncertain.
 */
record VisibleText(String withUncertain, String withoutUncertain, boolean iconFont) {
  private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");
  private static final Set<String> INLINE_DISPLAYS = Set.of("inline", "inline-block", "inline-flex",
      "inline-grid", "inline-table", "contents", "ruby", "ruby-text", "ruby-base");

  /** True when some text's visibility or layout could not be decided statically. */
  boolean uncertain() {
    return !withUncertain.equals(withoutUncertain);
  }

  static VisibleText of(Element e) {
    StringBuilder with = new StringBuilder();
    StringBuilder without = new StringBuilder();
    boolean[] icon = {false};
    walk(e, with, without, icon);
    return new VisibleText(with.toString(), without.toString(), icon[0]);
  }

  private static void walk(Element e, StringBuilder with, StringBuilder without, boolean[] icon) {
    for (Node n : e.children()) {
      if (n instanceof Text t) {
        if (t.data().isEmpty()) continue;
        Tri visible = Rendering.isVisible(e);
        if (t.isWhitespace()) {
          with.append(' ');
          without.append(' ');
          continue;
        }
        if (visible.isFalse()) {
          // invisible text still separates words when it holds white space
          continue;
        }
        if (usesIconFont(e)) icon[0] = true;
        with.append(t.data());
        if (visible.isTrue()) without.append(t.data());
      } else if (n instanceof Element c) {
        if (!c.isHtml()) continue; // SVG and MathML text is not inner text of the HTML box
        if (c.is("br")) {
          with.append('\n');
          without.append('\n');
          continue;
        }
        Tri rendered = Rendering.isRendered(c);
        if (rendered.isFalse()) continue;
        Tri block = isBlock(c);
        String sepWith = block.isFalse() ? "" : "\n";
        String sepWithout = block.isTrue() ? "\n" : "";
        with.append(sepWith);
        without.append(sepWithout);
        if (rendered.isTrue()) {
          walk(c, with, without, icon);
        } else {
          StringBuilder ignored = new StringBuilder();
          walk(c, with, ignored, icon);
        }
        with.append(sepWith);
        without.append(sepWithout);
      }
    }
  }

  /** Whether the element's box is block-level (separates text): TRUE, FALSE or UNKNOWN. */
  static Tri isBlock(Element e) {
    if (Rendering.style(e, "display").unevaluated()) return Tri.UNKNOWN;
    String d = Rendering.style(e, "display").declared().map(v -> v.replace("!important", "").trim().toLowerCase(Locale.ROOT))
        .orElse(null);
    if (d != null) {
      if (d.isEmpty() || d.equals("inherit") || d.equals("initial") || d.equals("unset") || d.equals("revert")) {
        return Tri.UNKNOWN;
      }
      return Tri.of(!INLINE_DISPLAYS.contains(WHITE_SPACE.split(d)[0]));
    }
    return Tri.of(HtmlStandards.get().isBlockLevel(e.name()));
  }

  /** A declared font family that draws glyphs as icons (icon fonts turn words into pictures). */
  static boolean usesIconFont(Element e) {
    for (Element x = e; x != null; x = x.composedParent()) {
      String f = Rendering.style(x, "font-family").declared().orElse(null);
      if (f == null) {
        if (Rendering.style(x, "font-family").unevaluated()) return true;
        continue;
      }
      String lower = f.toLowerCase(Locale.ROOT);
      return lower.contains("icon") || lower.contains("awesome") || lower.contains("glyph")
          || lower.contains("symbols") || lower.contains("dingbat") || lower.contains("wingding");
    }
    return false;
  }

}
