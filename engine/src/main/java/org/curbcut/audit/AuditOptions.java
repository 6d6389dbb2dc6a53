package org.curbcut.audit;

import java.util.List;
import org.curbcut.rules.Level;

/**
 * What to audit.
 *
 * @param level the highest WCAG level wanted (A or AA); best practices are always included
 * @param rules rule ids to run (empty: all)
 * @param excludeRules rule ids not to run
 * @param ignore CSS selectors of elements (and their descendants) to leave out of the findings
 */
public record AuditOptions(Level level, List<String> rules, List<String> excludeRules, List<String> ignore) {
  /** Keeps its own copies of the lists. */
  public AuditOptions {
    rules = List.copyOf(rules);
    excludeRules = List.copyOf(excludeRules);
    ignore = List.copyOf(ignore);
  }

  /** Every rule up to WCAG AA, nothing ignored. */
  public static AuditOptions defaults() {
    return new AuditOptions(Level.AA, List.of(), List.of(), List.of());
  }
}
