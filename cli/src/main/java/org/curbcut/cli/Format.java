package org.curbcut.cli;

import java.util.Locale;

/** The report formats of {@code audit --format}. */
enum Format {
  TEXT, JSON, SARIF, JUNIT, EARL, HTML;

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Candidates for picocli's help text, in lower case. */
  static final class Candidates extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Candidates() {
      for (Format f : values()) add(f.label());
    }
  }
}
