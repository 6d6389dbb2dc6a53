package org.curbcut.fix.report;

/**
 * How much of a page's source a repair changed, in lines of its unified diff.
 *
 * @param linesAdded lines the repaired file has that the original has not
 * @param linesRemoved lines of the original that the repaired file has not
 */
public record DiffStats(int linesAdded, int linesRemoved) {
  /** No lines added or removed. */
  public static final DiffStats NONE = new DiffStats(0, 0);

  /** Counts the added and removed lines of a unified diff (headers not counted). */
  public static DiffStats of(String unifiedDiff) {
    int added = 0;
    int removed = 0;
    for (String line : unifiedDiff.split("\n", -1)) {
      if (line.startsWith("+++ ") || line.startsWith("--- ")) continue;
      if (line.startsWith("+")) added++;
      else if (line.startsWith("-")) removed++;
    }
    return new DiffStats(added, removed);
  }
}
