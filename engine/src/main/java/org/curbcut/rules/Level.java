package org.curbcut.rules;

/** WCAG conformance level. Curbcut checks A and AA; best practices carry no level of their own. */
public enum Level {
  A,
  AA,
  AAA,
  /** Not required by a WCAG success criterion, but matters to users (e.g. heading order). */
  BEST_PRACTICE;

  /** The label used in reports: A, AA, AAA or best-practice. */
  public String label() {
    return this == BEST_PRACTICE ? "best-practice" : name();
  }

  /** True when a check at this level is wanted by an audit at {@code target} level. */
  public boolean within(Level target) {
    if (this == BEST_PRACTICE) return true;
    return ordinal() <= target.ordinal();
  }
}
