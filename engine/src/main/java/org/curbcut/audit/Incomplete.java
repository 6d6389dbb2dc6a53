package org.curbcut.audit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why the audit of a page ended before every rule ran, and which rules did not run. The page's
 * results are then partial: they hold what the rules that finished found, and say nothing about
 * the others. Every report says so, and no report shows such a page as passing.
 *
 * @param reason the time limit passed, or the run was cancelled
 * @param rulesNotRun the ids of the rules that did not run or did not finish, in catalogue order
 *     (a rule that was running when the time ran out counts as not run: its results are dropped)
 */
public record Incomplete(Reason reason, List<String> rulesNotRun) {
  /** Keeps its own copy of the list. */
  public Incomplete {
    Objects.requireNonNull(reason, "reason");
    rulesNotRun = List.copyOf(rulesNotRun);
  }

  /** Why an audit stopped. */
  public enum Reason {
    /** The audit's deadline passed. */
    TIME_LIMIT,
    /** The run was cancelled (a server's client went away, a user asked). */
    CANCELLED;

    /** The name reports use: {@code time-limit} or {@code cancelled}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
