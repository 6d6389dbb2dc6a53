package org.curbcut.cli;

import java.util.Optional;

/** Maps a {@link Format} to its writer. */
final class Reports {
  private Reports() {}

  /**
   * The writer for a format.
   *
   * @param color whether a text report may use ANSI colours
   */
  static Optional<ReportWriter> writer(Format format, boolean color) {
    return switch (format) {
      case TEXT -> Optional.of(new TextSummary(true));
      default -> Optional.empty();
    };
  }

  /** A short text summary (per page counts and totals), for {@code demo}. */
  static ReportWriter summary(boolean color) {
    return new TextSummary(false);
  }
}
