package org.curbcut.fix;

import java.util.List;
import org.curbcut.audit.PageReport;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Page;

/**
 * The repair of one page.
 *
 * @param original the page as given
 * @param repairedText the repaired source text (equal to the original when nothing was repaired)
 * @param outcomes one per original failure
 * @param before the first audit
 * @param after the re-audit of the repaired text
 * @param newFailures failures in the re-audit that the original did not have (should be none)
 */
public record RepairResult(Page original, String repairedText, List<RepairOutcome> outcomes, PageReport before,
                           PageReport after, List<RuleResult> newFailures) {

  /** True when the repaired text differs from the original. */
  public boolean changed() {
    return !repairedText.equals(original.text());
  }

  /** The repairs applied, each once. */
  public List<Repair> appliedRepairs() {
    return outcomes.stream().map(RepairOutcome::repair).filter(java.util.Objects::nonNull).distinct().toList();
  }

  /** How many original failures ended with this status. */
  public long count(RepairStatus status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }
}
