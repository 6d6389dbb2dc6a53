package org.curbcut.report;

/**
 * How to write a report.
 *
 * @param color use ANSI colours in the text format (the CLI sets this when standard output is a
 *     terminal and NO_COLOR is not set); other formats ignore it
 */
public record ReportOptions(boolean color) {

  /** No colours. */
  public static ReportOptions defaults() {
    return new ReportOptions(false);
  }

  /** These options with terminal colours on or off (text report). */
  public ReportOptions withColor(boolean color) {
    return new ReportOptions(color);
  }
}
