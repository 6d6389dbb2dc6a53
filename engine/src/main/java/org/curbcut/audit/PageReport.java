package org.curbcut.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.RuleResult;

/**
 * The audit of one page: its findings (failed and cantTell), and per rule what the page's
 * outcome was, so reports can say what was checked as well as what failed. A page that could not
 * be read has an {@link #error()} and nothing else. An audit that stopped at its time limit (or
 * was cancelled) holds what the rules that finished found and says which rules did not run
 * ({@link #incomplete()}).
 *
 * @param source the path or URL as audited
 * @param findings failed and cantTell results, in document order
 * @param ruleOutcomes every rule run, with its page-level outcome
 * @param results every result, passed ones included
 * @param error a one-line reason the page could not be audited, or null
 * @param incomplete why the audit stopped before every rule ran and which did not, or null when
 *     every rule ran
 */
public record PageReport(String source, List<Finding> findings, Map<String, Outcome> ruleOutcomes,
                         List<RuleResult> results, String error, Incomplete incomplete) {

  /** The report of an audit in which every rule ran (or of a page that could not be read). */
  public PageReport(String source, List<Finding> findings, Map<String, Outcome> ruleOutcomes,
                    List<RuleResult> results, String error) {
    this(source, findings, ruleOutcomes, results, error, null);
  }

  /** The report of a page that could not be read: its name and why, nothing else. */
  public static PageReport failedToRead(String source, String error) {
    return new PageReport(source, List.of(), Map.of(), List.of(), error);
  }

  /** Why the page could not be audited, if it could not. */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(error);
  }

  /** True when the audit stopped at its time limit or was cancelled before every rule ran. */
  public boolean stopped() {
    return incomplete != null;
  }

  /** True when the page was read and every rule ran: only then do its results say what the rules would. */
  public boolean complete() {
    return error == null && incomplete == null;
  }

  /**
   * The same report without its list of every result (which holds the page's DOM), for batches
   * that keep only findings and per-rule outcomes.
   */
  public PageReport withoutResults() {
    return new PageReport(source, findings, ruleOutcomes, List.of(), error, incomplete);
  }

  /** How many findings have this outcome. */
  public long count(Outcome outcome) {
    return findings.stream().filter(f -> f.outcome() == outcome).count();
  }
}
