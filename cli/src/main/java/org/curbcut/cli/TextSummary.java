package org.curbcut.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.curbcut.audit.AuditReport;
import org.curbcut.audit.Finding;
import org.curbcut.audit.PageReport;
import org.curbcut.rules.Outcome;

/** A plain text report: used until (and where) the report package offers none. */
final class TextSummary implements ReportWriter {
  private final boolean findings;

  /** @param findings list every finding; false gives the per-page counts and the totals only */
  TextSummary(boolean findings) {
    this.findings = findings;
  }

  @Override
  public void write(AuditReport report, OutputStream out) throws IOException {
    PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    long failed = 0;
    long cantTell = 0;
    int unreadable = 0;
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
      w.println(p.source() + ": " + f + " failed, " + c + " to review");
      if (!findings) continue;
      for (Finding x : p.findings()) {
        w.println("  " + x.line() + ":" + x.column() + "  " + (x.outcome() == Outcome.FAILED ? "failed" : "review")
            + "  " + x.rule() + " (" + x.impact().label() + ", WCAG " + String.join(" ", x.wcag()) + ")  " + x.message());
        w.println("      " + x.snippet().replaceAll("\\s+", " "));
      }
    }
    w.println();
    w.println(report.pages().size() - unreadable + " page(s) audited, " + failed + " failed, " + cantTell
        + " to review (cantTell)" + (unreadable > 0 ? ", " + unreadable + " not readable" : "")
        + ". Curbcut checks what a machine can check; a person must judge the rest.");
    w.flush();
  }
}
