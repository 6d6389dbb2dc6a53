package org.curbcut.rules;

import java.util.Locale;

/** How much a failure hurts users, on axe-core's scale, so thresholds read the same. */
public enum Impact {
  MINOR,
  MODERATE,
  SERIOUS,
  CRITICAL;

  /** The lower-case name used in reports and options ({@code serious}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The impact with this name, ignoring case; IllegalArgumentException when there is none. */
  public static Impact parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
