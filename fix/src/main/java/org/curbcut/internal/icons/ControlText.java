package org.curbcut.internal.icons;

import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Text;

/**
 * The text a link or button shows besides one of its parts (an icon or image being repaired): its
 * text and the alt of its other images, without script, style or template content. Repairs ask
 * whether the control is named without that part, which then only repeats the name.
 */
public final class ControlText {
  private ControlText() {}

  /** The control's text and its other images' alt, {@code skip} and what it holds left out. */
  public static String besides(Element control, Element skip) {
    StringBuilder sb = new StringBuilder();
    collect(control, skip, sb);
    return sb.toString();
  }

  private static void collect(Element e, Element skip, StringBuilder sb) {
    for (Node n : e.children()) {
      if (n instanceof Text t) sb.append(t.data());
      else if (n instanceof Element c && c != skip && !isCodeOrTemplate(c)) {
        if (c.is("img") && c.attr("alt").map(s -> !s.isBlank()).orElse(false)) sb.append(' ').append(c.attr("alt").get());
        collect(c, skip, sb);
      }
    }
  }

  /** Script and style code and template content: text no one sees. */
  private static boolean isCodeOrTemplate(Element e) {
    return e.isHtml() && (HtmlStandards.get().isRawText(e.name()) || e.is("template"));
  }
}
