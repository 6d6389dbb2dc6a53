package org.curbcut.internal.rules.aria;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.curbcut.snapshot.Attribute;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Namespace;

/** Small helpers the ARIA rules share. */
final class AriaAttributes {
  private AriaAttributes() {}

  /** The element's attributes whose name starts with {@code aria-}, names lower-cased. */
  static List<Attribute> of(Element e) {
    List<Attribute> out = new ArrayList<>();
    for (Attribute a : e.attributes()) {
      if (a.name().toLowerCase(Locale.ROOT).startsWith("aria-")) out.add(a);
    }
    return out;
  }

  static String name(Attribute a) {
    return a.name().toLowerCase(Locale.ROOT);
  }

  /** ACT rules apply to HTML and SVG elements only (not MathML or other XML). */
  static boolean isHtmlOrSvg(Element e) {
    return e.namespace() == Namespace.HTML || e.namespace() == Namespace.SVG;
  }

  /** Names joined for messages: {@code aria-foo, aria-bar}. */
  static String join(List<String> names) {
    return String.join(", ", names);
  }
}
