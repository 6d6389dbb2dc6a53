package org.curbcut.rules;

/** The four ACT outcomes. {@link #INAPPLICABLE} is what a rule says by emitting nothing for a page. */
public enum Outcome {
  PASSED("passed"),
  FAILED("failed"),
  CANT_TELL("cantTell"),
  INAPPLICABLE("inapplicable");

  private final String act;

  Outcome(String act) {
    this.act = act;
  }

  /** The ACT / EARL spelling: passed, failed, cantTell, inapplicable. */
  public String act() {
    return act;
  }
}
