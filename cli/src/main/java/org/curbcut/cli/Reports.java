package org.curbcut.cli;

import org.curbcut.report.ReportFormat;
import org.curbcut.report.ReportOptions;

/** Maps a {@link Format} to its writer in {@link ReportFormat}. */
final class Reports {
  private Reports() {}

  /**
   * The writer for a format.
   *
   * @param color whether a text report may use ANSI colours
   */
  static ReportWriter writer(Format format, boolean color) {
    ReportFormat f = ReportFormat.parse(format.label());
    ReportOptions options = new ReportOptions(color);
    return (report, out) -> f.write(report, out, options);
  }

  /** A short text summary (per page counts and totals), for {@code demo}. */
  static ReportWriter summary() {
    return new TextSummary();
  }
}
