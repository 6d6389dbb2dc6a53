package org.curbcut.snapshot;

import java.util.Locale;
import java.util.Optional;

/**
 * What is known of one CSS property on one element, as {@link Rendering#style} answers it: the
 * value a browser computed when the page was rendered, else the static cascade's winning
 * declaration.
 *
 * @param value the computed value, or the winning declaration as written; null when nothing
 *     declares the property
 * @param certain true when nothing that was not read could change the value: a browser computed
 *     it, the element's {@code style} attribute declares it, or every style sheet was read and
 *     every rule that may apply was evaluated
 * @param inline true when the element's {@code style} attribute declares the property
 * @param unevaluated true when some rule that may set the property could not be evaluated
 *     statically (a media query, a selector the static cascade cannot match)
 * @param computed true when the value is a browser's computed value
 */
public record StyleValue(String value, boolean certain, boolean inline, boolean unevaluated, boolean computed) {

  /** The value, if one is known (declared or computed). */
  public Optional<String> declared() {
    return Optional.ofNullable(value);
  }

  /** True when there is a value. */
  public boolean isDeclared() {
    return value != null;
  }

  /** The value trimmed and lower-cased, without {@code !important}; "" when there is none. */
  public String lower() {
    if (value == null) return "";
    String v = value.trim().toLowerCase(Locale.ROOT);
    return v.endsWith("!important") ? v.substring(0, v.length() - "!important".length()).trim() : v;
  }
}
