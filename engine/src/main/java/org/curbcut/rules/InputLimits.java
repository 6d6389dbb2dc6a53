package org.curbcut.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The limits a browser enforces on a form field without saying so: a {@code maxlength}, or a
 * {@code min} and/or {@code max}.
 *
 * @param fieldType {@code text} for a maxlength field, else the input type ({@code number}, {@code date}, …)
 * @param maxLength the maxlength; null when the field has none that counts
 * @param min the min, as written (trimmed); null when none
 * @param max the max, as written (trimmed); null when none
 */
public record InputLimits(String fieldType, String maxLength, String min, String max) implements Diagnostic {
  /** The limits as markup, for messages: {@code maxlength="500"}, {@code min="1" max="10"}. */
  public String asMarkup() {
    List<String> parts = new ArrayList<>();
    if (maxLength != null) parts.add("maxlength=\"" + maxLength + "\"");
    if (min != null) parts.add("min=\"" + min + "\"");
    if (max != null) parts.add("max=\"" + max + "\"");
    return String.join(" ", parts);
  }
}
