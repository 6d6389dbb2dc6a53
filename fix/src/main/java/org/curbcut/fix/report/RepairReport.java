package org.curbcut.fix.report;

import java.time.Instant;
import java.util.List;
import org.curbcut.audit.AuditReport;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.RepairStatus;
import org.curbcut.rules.Level;

/**
 * The repair of a set of pages.
 *
 * @param toolName "curbcut"
 * @param toolVersion the version that produced it
 * @param level the WCAG level audited
 * @param started when the run started
 * @param minConfidence the least confident repair that was applied
 * @param pages one per page, in the order given
 */
public record RepairReport(String toolName, String toolVersion, Level level, Instant started, Confidence minConfidence,
                           List<PageRepair> pages) {
  public RepairReport {
    pages = List.copyOf(pages);
  }

  /** The audit of the pages as given. */
  public AuditReport original() {
    return new AuditReport(toolName, toolVersion, level, started, pages.stream().map(PageRepair::before).toList());
  }

  /** The audit of the repaired pages. */
  public AuditReport reaudit() {
    return new AuditReport(toolName, toolVersion, level, started, pages.stream().map(PageRepair::after).toList());
  }

  /** How many failures of all pages ended with this status. */
  public long count(RepairStatus s) {
    return pages.stream().mapToLong(p -> p.count(s)).sum();
  }

  /** Failed findings of the original audit (each ends fixed, needs review or not repairable). */
  public long failedBefore() {
    return pages.stream().mapToLong(p -> p.repairs().size()).sum();
  }

  /** How many failed findings all repaired pages still have. */
  public long failedAfter() {
    return pages.stream().mapToLong(PageRepair::failedAfter).sum();
  }

  /** How many cantTell findings all repaired pages still have. */
  public long cantTellAfter() {
    return pages.stream().mapToLong(PageRepair::cantTellAfter).sum();
  }

  /** How many failures the repaired pages have that their originals did not (should be none). */
  public long newFailures() {
    return pages.stream().mapToLong(p -> p.newFailures().size()).sum();
  }

  /** How many pages the repairs changed. */
  public long pagesChanged() {
    return pages.stream().filter(PageRepair::changed).count();
  }

  /** How many pages could not be read or repaired. */
  public long pagesUnread() {
    return pages.stream().filter(PageRepair::unread).count();
  }

  /** A share of the original failed findings, as a whole percentage (0 when there were none). */
  public static long percent(long part, long whole) {
    return whole == 0 ? 0 : Math.round(100.0 * part / whole);
  }
}
