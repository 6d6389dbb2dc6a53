package org.curbcut.fix;

import java.util.Locale;

/**
 * How sure a repair is. Anything a machine guessed about meaning (alt text, a name inferred from
 * an icon class or a URL) is {@link #NEEDS_REVIEW} and is never presented as verified.
 */
public enum Confidence {
  /** Follows from the markup alone, e.g. a duplicate attribute removed, scope on a header cell. */
  CERTAIN,
  /** A well-founded inference, e.g. a label taken from the text right before a field. */
  LIKELY,
  /** A machine guess about meaning; a person must look at it. */
  NEEDS_REVIEW;

  /** The name reports and options use: "certain", "likely", "needs-review". */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The confidence of a label ("needs-review", any case).
   *
   * @throws IllegalArgumentException for another word
   */
  public static Confidence parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** True when a repair of this confidence is allowed under a minimum of {@code min}. */
  public boolean atLeast(Confidence min) {
    return ordinal() <= min.ordinal();
  }
}
