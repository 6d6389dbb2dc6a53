package org.curbcut.internal.standards;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The named colours of CSS Color Module Level 4 (section 6.1), read once from
 * {@code named-colors.properties} next to this class. {@code transparent}, {@code currentColor}
 * and the system colours are not named colours in that sense.
 */
public final class CssColors {
  private static final Map<String, String> NAMED = load();

  private CssColors() {}

  /** The {@code #rrggbb} value of a named colour (lower-case name), or empty. */
  public static Optional<String> named(String name) {
    return Optional.ofNullable(NAMED.get(name));
  }

  /** Every named colour with its {@code #rrggbb} value. */
  public static Map<String, String> all() {
    return NAMED;
  }

  private static Map<String, String> load() {
    Properties p = DataFiles.properties("named-colors.properties");
    Map<String, String> m = new HashMap<>();
    for (String name : p.stringPropertyNames()) m.put(name.toLowerCase(Locale.ROOT), p.getProperty(name).trim());
    return Map.copyOf(m);
  }
}
