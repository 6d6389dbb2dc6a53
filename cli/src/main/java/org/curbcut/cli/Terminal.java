package org.curbcut.cli;

/**
 * What the process knows about its terminal. Java cannot ask whether stderr alone is a terminal,
 * so {@code bin/curbcut} passes {@code -Dcurbcut.stdout.tty} and {@code -Dcurbcut.stderr.tty}
 * (from {@code [ -t 1 ]} and {@code [ -t 2 ]}); without them, {@link System#console()} decides.
 */
final class Terminal {
  private Terminal() {}

  static boolean stdoutIsTty() {
    String p = System.getProperty("curbcut.stdout.tty");
    return p != null ? Boolean.parseBoolean(p) : System.console() != null;
  }

  static boolean stderrIsTty() {
    String p = System.getProperty("curbcut.stderr.tty");
    return p != null ? Boolean.parseBoolean(p) : System.console() != null;
  }

  /** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
  static boolean colorAllowed() {
    String noColor = System.getenv("NO_COLOR");
    return stdoutIsTty() && (noColor == null || noColor.isEmpty()) && !"dumb".equals(System.getenv("TERM"));
  }
}
