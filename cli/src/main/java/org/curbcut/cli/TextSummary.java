package org.curbcut.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.curbcut.audit.AuditReport;
import org.curbcut.audit.PageReport;
import org.curbcut.rules.Outcome;

/**
 * A short plain text summary: per page, how many rules and elements failed or need a person (and,
 * for a page whose audit stopped at its time limit, that it is incomplete); then totals.
 */
final class TextSummary implements ReportWriter {
  @Override
  public void write(AuditReport report, OutputStream out) throws IOException {
    PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    long failed = 0;
    long cantTell = 0;
    int unreadable = 0;
    int stopped = 0;
    for (PageReport p : report.pages()) {
      if (p.error() != null) {
        unreadable++;
        w.println(p.source() + ": not audited: " + p.error());
        continue;
      }
      long f = p.count(Outcome.FAILED);
      long c = p.count(Outcome.CANT_TELL);
      failed += f;
      cantTell += c;
      long rulesFailed = p.ruleOutcomes().values().stream().filter(o -> o == Outcome.FAILED).count();
      String incomplete = "";
      if (p.stopped()) {
        stopped++;
        incomplete = " INCOMPLETE, " + BatchAudit.stoppedLine(p, "the page timeout") + "; among the rules that ran:";
      }
      w.println(p.source() + ":" + incomplete + " " + rulesFailed + (rulesFailed == 1 ? " rule" : " rules") + " failed on " + f
          + (f == 1 ? " element" : " elements") + "; " + c + (c == 1 ? " element needs" : " elements need")
          + " a person to judge");
    }
    w.println();
    int audited = report.pages().size() - unreadable;
    w.println(audited + (audited == 1 ? " page" : " pages") + " audited: " + failed + " failed, " + cantTell
        + " to judge by a person" + (unreadable > 0 ? ", " + unreadable + " not readable" : "")
        + (stopped > 0 ? ", " + stopped + " stopped at the time limit (incomplete)" : "")
        + ". Automated checks cover only part of WCAG; this is not a conformance claim.");
    w.flush();
  }
}
