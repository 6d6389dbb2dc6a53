package org.curbcut.cli;

import java.nio.file.Path;
import org.curbcut.fix.RepairStatus;
import org.curbcut.fix.report.RepairReport;

/** The one line {@code curbcut fix} ends with on stderr: what was repaired, what remains, where things went. */
final class FixSummary {
  private FixSummary() {}

  /**
   * The summary of a repair report.
   *
   * @param stopped how many pages' repairs stopped at the page timeout (left as they were)
   * @param out the --out folder, or null
   * @param diff the --diff file, or null
   * @param report the --report file, or null
   */
  static String of(RepairReport r, int stopped, Path out, Path diff, Path report) {
    long before = r.failedBefore();
    long fixed = r.count(RepairStatus.FIXED_VERIFIED);
    long review = r.count(RepairStatus.FIXED_NEEDS_REVIEW);
    long person = r.count(RepairStatus.NOT_REPAIRABLE);
    int n = r.pages().size() - (int) r.pagesUnread();
    StringBuilder b = new StringBuilder();
    b.append(n).append(n == 1 ? " page" : " pages").append(" repaired (").append(r.pagesChanged()).append(" changed");
    long unread = r.pagesUnread() - stopped;
    if (unread > 0) b.append(", ").append(unread).append(" not readable");
    if (stopped > 0) b.append(", ").append(stopped).append(" stopped at the time limit and left unchanged");
    b.append("): ").append(before).append(" failed ").append(before == 1 ? "finding" : "findings").append(": ")
        .append(fixed).append(" fixed and verified (").append(RepairReport.percent(fixed, before)).append("%), ")
        .append(review).append(" fixed, needs review (").append(RepairReport.percent(review, before)).append("%), ")
        .append(person).append(" not repairable (").append(RepairReport.percent(person, before)).append("%); ")
        .append(r.failedAfter()).append(" failed and ").append(r.cantTellAfter()).append(" to judge by a person remain");
    if (r.newFailures() > 0) b.append("; ").append(r.newFailures()).append(" NEW failures (a bug: please report it)");
    if (out != null) b.append("; site written to ").append(out);
    if (diff != null) b.append("; diff in ").append(diff);
    if (report != null) b.append("; report in ").append(report);
    return b.append('.').toString();
  }
}
