package org.curbcut.fix;

/** How each original failure ended after repair and re-audit. */
public enum RepairStatus {
  /** Repaired, and the re-audit no longer fails it. */
  FIXED_VERIFIED("fixed"),
  /** Repaired and re-audited, but the value is a machine guess a person must review. */
  FIXED_NEEDS_REVIEW("needs-review"),
  /** No safe automatic repair; the reason says what a person should do. */
  NOT_REPAIRABLE("not-repairable");

  private final String label;

  RepairStatus(String label) {
    this.label = label;
  }

  /** The name reports use. */
  public String label() {
    return label;
  }
}
