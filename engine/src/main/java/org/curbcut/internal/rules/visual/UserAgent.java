package org.curbcut.internal.rules.visual;

import java.util.Map;
import java.util.Optional;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.snapshot.Element;

/**
 * The few defaults of the HTML user-agent style sheet (HTML "Rendering" section, as browsers ship
 * it) that contrast and size need. {@code "?"} means the default differs between browsers or
 * contexts: unknown.
 */
final class UserAgent {
  static final double MEDIUM = 16;
  static final Map<String, Double> FONT_KEYWORDS = Map.of("xx-small", 9.0, "x-small", 10.0, "small", 13.0,
      "medium", 16.0, "large", 18.0, "x-large", 24.0, "xx-large", 32.0, "xxx-large", 48.0);
  /** Link colours: unvisited and visited (a visited link cannot be told apart statically). */
  static final String LINK = "-curbcut-link";
  /** The button face colours of Chromium and Firefox. */
  static final String BUTTON_FACE = "-curbcut-buttonface";
  private static final HtmlStandards HTML = HtmlStandards.get();

  /** An h1's size by how many sectioning elements hold it: 0, 1, 2, 3, 4, 5 or more. */
  private static final String[] H1_SIZES = {"2em", "1.5em", "1.17em", "1em", "0.83em", "0.67em"};

  private UserAgent() {}

  /**
   * HTML "Rendering", sections and headings: {@code :is(article, aside, nav, section) h1} is
   * 1.5em, one level deeper 1.17em, and so on (as Chromium and WebKit ship it; a proposal to
   * drop these rules is under way, and Firefox may already have).
   */
  private static String h1Size(Element h1) {
    long depth = h1.composedAncestors().filter(a -> a.isHtml() && HTML.isSectioningContent(a.name())).limit(5).count();
    return H1_SIZES[(int) depth];
  }

  static Optional<String> value(Element e, String prop) {
    if (!e.isHtml()) return Optional.empty();
    String n = e.name();
    switch (prop) {
      case "color" -> {
        if ((n.equals("a") || n.equals("area")) && e.has("href")) return Optional.of(LINK);
        if (n.equals("mark") || HTML.isFormControl(n)) return Optional.of("#000000");
        return Optional.empty();
      }
      case "background-color" -> {
        if (n.equals("mark")) return Optional.of("#ffff00");
        if (n.equals("button")) return Optional.of(BUTTON_FACE);
        if (n.equals("input")) {
          String type = e.token("type").orElse("text");
          boolean button = HTML.isButtonInputType(type) && !type.equals("image");
          return Optional.of(button ? BUTTON_FACE : "?");
        }
        if (n.equals("textarea")) return Optional.of("#ffffff");
        if (n.equals("select")) return Optional.of("?");
        return Optional.empty();
      }
      case "font-size" -> {
        if (n.equals("h1")) return Optional.of(h1Size(e));
        // a monospace font has a default size of its own (13px in most browsers)
        if (HTML.isMonospace(n)) return Optional.of("?");
        return HTML.userAgentStyle("font-size", n);
      }
      case "font-weight" -> {
        return HTML.userAgentStyle("font-weight", n);
      }
      default -> {
        return Optional.empty();
      }
    }
  }
}
