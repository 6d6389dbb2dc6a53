package org.curbcut.snapshot;

/**
 * Three-valued logic: what the snapshot knows, what it knows is false, and what it cannot know
 * without rendering. Rules turn {@link #UNKNOWN} into a cantTell outcome, never into a guess.
 */
public enum Tri {
  TRUE,
  FALSE,
  UNKNOWN;

  public static Tri of(boolean value) {
    return value ? TRUE : FALSE;
  }

  public boolean isTrue() {
    return this == TRUE;
  }

  public boolean isFalse() {
    return this == FALSE;
  }

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

  public Tri not() {
    return switch (this) {
      case TRUE -> FALSE;
      case FALSE -> TRUE;
      case UNKNOWN -> UNKNOWN;
    };
  }
}
