package org.curbcut.fix;

/** Test access to {@link RepairEngine#withFullReaudit}, for tests in other packages. */
public final class FullReaudit {
  private FullReaudit() {}

  /** The engine re-auditing every trial with every rule. */
  public static RepairEngine of(RepairEngine engine) {
    return engine.withFullReaudit();
  }
}
