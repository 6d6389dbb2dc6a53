package org.curbcut.internal.aria;

import java.util.Locale;
import java.util.Optional;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Text;

/**
 * CSS that changes the text of a text node as rendered, and so its accessible name: the inherited
 * {@code text-transform} (uppercase, lowercase, capitalize), when the static cascade declares it.
 */
final class TextStyle {
  private TextStyle() {}

  /** The text node's data as rendered, under the text-transform its parent inherits. */
  static String transform(Text text, Element parent, NameComputation computation) {
    String data = text.data();
    for (Element x = parent; x != null; x = x.composedParent()) {
      if (Rendering.style(x, "text-transform").unevaluated()) {
        computation.unknown();
        return data;
      }
      Optional<String> declared = Rendering.style(x, "text-transform").declared();
      if (declared.isEmpty()) continue;
      String v = declared.get().replace("!important", "").trim().toLowerCase(Locale.ROOT);
      switch (v) {
        case "inherit" -> {
          continue;
        }
        case "uppercase" -> {
          return data.toUpperCase(Locale.ROOT);
        }
        case "lowercase" -> {
          return data.toLowerCase(Locale.ROOT);
        }
        case "capitalize" -> {
          return capitalize(data);
        }
        case "none", "initial", "unset", "revert" -> {
          return data;
        }
        default -> {
          computation.unknown(); // full-width, full-size-kana ...: not reproduced
          return data;
        }
      }
    }
    return data;
  }

  private static String capitalize(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean wordStart = true;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        sb.appendCodePoint(wordStart ? Character.toTitleCase(cp) : cp);
        wordStart = false;
      } else {
        sb.appendCodePoint(cp);
        wordStart = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }
}
