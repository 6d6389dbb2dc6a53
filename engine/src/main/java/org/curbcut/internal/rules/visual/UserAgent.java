package org.curbcut.internal.rules.visual;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  private static final Set<String> SECTIONING = Set.of("article", "aside", "nav", "section");
  private static final Set<String> CONTROLS = Set.of("button", "input", "select", "textarea");

  private UserAgent() {}

  static Optional<String> value(Element e, String prop) {
    if (!e.isHtml()) return Optional.empty();
    String n = e.name();
    switch (prop) {
      case "color" -> {
        if ((n.equals("a") || n.equals("area")) && e.has("href")) return Optional.of(LINK);
        if (n.equals("mark") || CONTROLS.contains(n)) return Optional.of("#000000");
        return Optional.empty();
      }
      case "background-color" -> {
        if (n.equals("mark")) return Optional.of("#ffff00");
        if (n.equals("button")) return Optional.of(BUTTON_FACE);
        if (n.equals("input")) {
          String type = e.token("type").orElse("text");
          boolean button = HtmlStandards.get().isButtonInputType(type) && !type.equals("image");
          return Optional.of(button ? BUTTON_FACE : "?");
        }
        if (n.equals("textarea")) return Optional.of("#ffffff");
        if (n.equals("select")) return Optional.of("?");
        return Optional.empty();
      }
      case "font-size" -> {
        return switch (n) {
          case "h1" -> Optional.of(e.composedAncestors().anyMatch(a -> a.is(SECTIONING.toArray(String[]::new))) ? "?" : "2em");
          case "h2" -> Optional.of("1.5em");
          case "h3" -> Optional.of("1.17em");
          case "h5" -> Optional.of("0.83em");
          case "h6" -> Optional.of("0.67em");
          case "small", "sub", "sup" -> Optional.of("smaller");
          case "big" -> Optional.of("larger");
          case "code", "kbd", "pre", "samp", "tt", "listing", "xmp", "plaintext" -> Optional.of("?");
          case "button", "input", "select", "textarea" -> Optional.of("13.333px");
          default -> Optional.empty();
        };
      }
      case "font-weight" -> {
        return switch (n) {
          case "b", "strong" -> Optional.of("bolder");
          case "th", "h1", "h2", "h3", "h4", "h5", "h6", "optgroup" -> Optional.of("bold");
          case "button", "input", "select", "textarea" -> Optional.of("normal");
          default -> Optional.empty();
        };
      }
      default -> {
        return Optional.empty();
      }
    }
  }
}
