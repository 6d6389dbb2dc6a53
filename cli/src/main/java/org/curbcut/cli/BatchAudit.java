package org.curbcut.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.curbcut.Curbcut;
import org.curbcut.audit.AuditReport;
import org.curbcut.audit.Auditor;
import org.curbcut.audit.Incomplete;
import org.curbcut.audit.PageReport;
import org.curbcut.input.LoadException;
import org.curbcut.input.PageLoader;
import org.curbcut.snapshot.Page;

/**
 * Resolves the inputs, then loads and audits one page at a time, so a batch holds only the page
 * being audited. An input that cannot be read is reported on stderr at once and kept in the
 * report as a page with an error; a page whose audit stops at the engine's page timeout is
 * reported on stderr at once and kept as an incomplete page; the batch goes on.
 */
final class BatchAudit {
  /** Pages from this count on get a progress bar (on a terminal). */
  static final int PROGRESS_FROM = 4;
  /**
   * Up to this many pages, every result (passed ones too, which the EARL and HTML reports list) is
   * kept. Results hold their page's DOM, so bigger batches keep findings and per-rule outcomes only.
   */
  static final int KEEP_RESULTS_UP_TO = 100;

  /**
   * The batch's outcome.
   *
   * @param report every page, unreadable ones included (with their error)
   * @param unreadable how many inputs could not be read
   * @param stopped how many pages' audits stopped at the page timeout (their reports are incomplete)
   */
  record Result(AuditReport report, int unreadable, int stopped) {}

  private BatchAudit() {}

  /** Audits the inputs with the engine's rules, reading them with its loader. */
  static Result run(List<String> inputs, Curbcut curbcut, Progress progress) {
    return run(inputs, curbcut, progress, "the page timeout");
  }

  /**
   * Audits the inputs with the engine's rules and page timeout, reading them with its loader.
   *
   * @param limit how a stopped page's message names the limit ("--page-timeout 60s")
   */
  static Result run(List<String> inputs, Curbcut curbcut, Progress progress, String limit) {
    return runResolved(curbcut.loader().resolve(inputs), curbcut, progress, limit);
  }

  /** Audits inputs already resolved by the engine's loader (so a command can check its outputs against them first). */
  static Result runResolved(List<PageLoader.Resolved> resolved, Curbcut curbcut, Progress progress, String limit) {
    Instant started = Instant.now();
    PageLoader loader = curbcut.loader();
    progress.start(resolved.size());
    boolean keepResults = resolved.size() <= KEEP_RESULTS_UP_TO;
    if (!keepResults) {
      progress.note("curbcut: " + resolved.size() + " pages: to save memory, passed elements are counted per rule"
          + " but not listed (they are up to " + KEEP_RESULTS_UP_TO + " pages)");
    }
    List<PageReport> pages = new ArrayList<>(resolved.size());
    int unreadable = 0;
    int stopped = 0;
    for (PageLoader.Resolved r : resolved) {
      LoadException error = r.error();
      if (error == null) {
        try {
          Page page = loader.load(r.source());
          PageReport report = curbcut.audit(page);
          if (report.stopped()) {
            stopped++;
            progress.println("curbcut: " + r.name() + ": " + stoppedLine(report, limit));
          }
          pages.add(keepResults ? report : report.withoutResults());
        } catch (LoadException e) {
          error = e;
        } catch (OutOfMemoryError e) {
          error = new LoadException(r.name(), "not enough memory to audit it (raise -Xmx)");
        }
      }
      if (error != null) {
        unreadable++;
        progress.println("curbcut: " + error.getMessage());
        pages.add(PageReport.failedToRead(r.name(), error.reason()));
      }
      progress.step(r.name());
    }
    progress.finish();
    return new Result(new AuditReport(Auditor.TOOL_NAME, Auditor.version(), curbcut.auditOptions().level(), started, pages),
        unreadable, stopped);
  }

  /** What stderr says of a page whose audit stopped: "stopped at the time limit (...): 40 of 90 rules did not run; ...". */
  static String stoppedLine(PageReport report, String limit) {
    int notRun = report.incomplete().rulesNotRun().size();
    int all = notRun + report.ruleOutcomes().size();
    String why = report.incomplete().reason() == Incomplete.Reason.CANCELLED ? "cancelled"
        : "stopped at the time limit (" + limit + ")";
    return why + ": " + notRun + " of " + all + (all == 1 ? " rule" : " rules") + " did not run; its report is incomplete";
  }
}
