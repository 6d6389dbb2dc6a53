package org.curbcut.cli;

/** Turns exceptions into the one line a person reads. */
final class Errors {
  private Errors() {}

  static String oneLine(Throwable t) {
    if (t instanceof UsageError || t instanceof OutputRefused) return oneLine(t.getMessage());
    String m = t.getMessage();
    String kind = t.getClass().getSimpleName();
    return m == null || m.isBlank() ? kind : kind + ": " + oneLine(m);
  }

  /** One line of at most 400 characters, sanitised for a terminal ({@link StderrText}). */
  static String oneLine(String s) {
    if (s == null) return "";
    String t = StderrText.line(s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " "));
    return t.length() > 400 ? t.substring(0, 399) + "…" : t;
  }
}
