package org.curbcut.report;

/**
 * How to write a report.
 *
 * @param color use ANSI colours in the text format (the CLI sets this when standard output is a
 *     terminal and NO_COLOR is not set); other formats ignore it
 * @param cantTellListed list every cantTell finding in the JSON report, not only their count per
 *     rule (they are most of a real page's findings and most of the report's size)
 */
public record ReportOptions(boolean color, boolean cantTellListed) {

  /** Colours as given; cantTell findings counted, not listed. */
  public ReportOptions(boolean color) {
    this(color, false);
  }

  /** No colours; cantTell findings counted, not listed. */
  public static ReportOptions defaults() {
    return new ReportOptions(false, false);
  }

  /** These options with terminal colours on or off (text report). */
  public ReportOptions withColor(boolean color) {
    return new ReportOptions(color, cantTellListed);
  }

  /** These options with every cantTell finding listed in the JSON report, or only counted. */
  public ReportOptions withCantTellListed(boolean listed) {
    return new ReportOptions(color, listed);
  }
}
