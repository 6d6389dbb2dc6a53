package org.curbcut.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.curbcut.fix.report.RepairReport;
import org.curbcut.fix.report.RepairReportFormat;
import org.curbcut.report.ReportFormat;
import org.curbcut.report.ReportOptions;
import picocli.CommandLine.Model.CommandSpec;

/** Maps a {@link Format} to its writer in {@link ReportFormat} and {@link RepairReportFormat}. */
final class Reports {
  private Reports() {}

  /**
   * The writer for a format.
   *
   * @param color whether a text report may use ANSI colours
   * @param cantTellListed whether the JSON report lists every cantTell finding (else counts them)
   */
  static ReportWriter writer(Format format, boolean color, boolean cantTellListed) {
    ReportFormat f = ReportFormat.parse(format.label());
    ReportOptions options = new ReportOptions(color, cantTellListed);
    return (report, out) -> f.write(report, out, options);
  }

  /** A short text summary (per page counts and totals), for {@code demo}. */
  static ReportWriter summary() {
    return new TextSummary();
  }

  /**
   * Writes a repair report to {@code file} (whole, or not at all: {@link AtomicFile}), or to the
   * command's stdout when it is null (a PrintWriter, so tests can capture it).
   */
  static void write(RepairReport result, Format format, boolean color, boolean cantTellListed, Path file, CommandSpec spec)
      throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    RepairReportFormat.parse(format.label()).write(result, buf, new ReportOptions(color, cantTellListed));
    if (file == null) {
      var o = spec.commandLine().getOut();
      o.print(buf.toString(StandardCharsets.UTF_8));
      o.flush();
      return;
    }
    try {
      AtomicFile.write(file, buf::writeTo);
    } catch (IOException e) {
      throw new UsageError("cannot write " + file + ": " + Errors.oneLine(e));
    }
  }
}
