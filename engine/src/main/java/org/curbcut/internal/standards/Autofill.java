package org.curbcut.internal.standards;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The autofill detail tokens of the HTML {@code autocomplete} attribute (HTML Living Standard,
 * "Autofill"), read once from {@code autofill-tokens.txt} next to this class.
 */
public final class Autofill {
  /** What part of an autofill detail token list a token can be. */
  public enum Kind {
    /** A field name that cannot follow a contact token (e.g. {@code name}, {@code street-address}). */
    FIELD,
    /** A field name that may follow a contact token (e.g. {@code tel}, {@code email}). */
    CONTACT,
    /** A contact token: home, work, mobile, fax, pager. */
    HINT,
    /** shipping or billing. */
    MODE,
    /** The optional token after the field name ({@code webauthn}). */
    AFTER
  }

  private static final Map<String, Kind> TOKENS = load();

  private Autofill() {}

  /** What this (lower-case) token is, or empty when it is not an autofill token. */
  public static Optional<Kind> kind(String token) {
    return Optional.ofNullable(TOKENS.get(token));
  }

  private static Map<String, Kind> load() {
    Map<String, Kind> m = new HashMap<>();
    for (String line : DataFiles.lines("autofill-tokens.txt")) {
      String[] p = AsciiWhitespace.split(line).toArray(String[]::new);
      m.put(p[1], Kind.valueOf(p[0].toUpperCase(Locale.ROOT)));
    }
    return Map.copyOf(m);
  }
}
