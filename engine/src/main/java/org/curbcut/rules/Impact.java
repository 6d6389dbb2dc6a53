package org.curbcut.rules;

import java.util.Locale;

/** How much a failure hurts users, on axe-core's scale, so thresholds read the same. */
public enum Impact {
  MINOR,
  MODERATE,
  SERIOUS,
  CRITICAL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Impact parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
