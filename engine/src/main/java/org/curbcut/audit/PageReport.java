package org.curbcut.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.RuleResult;

/**
 * The audit of one page: its findings (failed and cantTell), and per rule what the page's
 * outcome was, so reports can say what was checked as well as what failed. A page that could not
 * be read has an {@link #error()} and nothing else.
 *
 * @param source the path or URL as audited
 * @param findings failed and cantTell results, in document order
 * @param ruleOutcomes every rule run, with its page-level outcome
 * @param results every result, passed ones included
 * @param error a one-line reason the page could not be audited, or null
 */
public record PageReport(String source, List<Finding> findings, Map<String, Outcome> ruleOutcomes,
                         List<RuleResult> results, String error) {

  /** The report of a page that could not be read: its name and why, nothing else. */
  public static PageReport failedToRead(String source, String error) {
    return new PageReport(source, List.of(), Map.of(), List.of(), error);
  }

  /** Why the page could not be audited, if it could not. */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(error);
  }

  /** How many findings have this outcome. */
  public long count(Outcome outcome) {
    return findings.stream().filter(f -> f.outcome() == outcome).count();
  }
}
