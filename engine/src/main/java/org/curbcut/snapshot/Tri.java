package org.curbcut.snapshot;

/**
 * Three-valued logic: what the snapshot knows, what it knows is false, and what it cannot know
 * without rendering. Rules turn {@link #UNKNOWN} into a cantTell outcome, never into a guess.
 */
public enum Tri {
  TRUE,
  FALSE,
  UNKNOWN;

  /** {@link #TRUE} or {@link #FALSE}. */
  public static Tri of(boolean value) {
    return value ? TRUE : FALSE;
  }

  /** True only when known to be true. */
  public boolean isTrue() {
    return this == TRUE;
  }

  /** True only when known to be false. */
  public boolean isFalse() {
    return this == FALSE;
  }

  /** True when neither true nor false is known. */
  public boolean isUnknown() {
    return this == UNKNOWN;
  }

  /** Kleene conjunction. */
  public Tri and(Tri other) {
    if (this == FALSE || other == FALSE) return FALSE;
    if (this == TRUE && other == TRUE) return TRUE;
    return UNKNOWN;
  }

  /** Kleene disjunction. */
  public Tri or(Tri other) {
    if (this == TRUE || other == TRUE) return TRUE;
    if (this == FALSE && other == FALSE) return FALSE;
    return UNKNOWN;
  }

  /** The negation; unknown stays unknown. */
  public Tri not() {
    return switch (this) {
      case TRUE -> FALSE;
      case FALSE -> TRUE;
      case UNKNOWN -> UNKNOWN;
    };
  }
}
