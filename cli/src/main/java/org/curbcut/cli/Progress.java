package org.curbcut.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, redrawn in place; silent when disabled. Its own control
 * sequences are the only ones it writes: every name and line it is given is sanitised.
 */
final class Progress {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final boolean enabled;
  private final boolean notes;
  private int total;
  private int done;
  private boolean drawn;

  /**
   * @param enabled draw the bar
   * @param notes print notes (not errors; those always print)
   */
  Progress(PrintWriter err, boolean enabled, boolean notes) {
    this.err = err;
    this.enabled = enabled;
    this.notes = notes;
  }

  /** Prints an informative line unless quiet. */
  void note(String line) {
    if (notes) println(line);
  }

  void start(int total) {
    this.total = total;
    this.done = 0;
  }

  /** Marks one page done. */
  void step(String name) {
    done++;
    if (!enabled || total == 0) return;
    int filled = (int) ((long) WIDTH * done / total);
    String shown = StderrText.line(name);
    String label = shown.length() > 40 ? "…" + shown.substring(shown.length() - 39) : shown;
    err.print("\r\033[K[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + label);
    err.flush();
    drawn = true;
  }

  /** Prints a line of its own, above the bar (sanitised: it names files and URLs). */
  void println(String line) {
    clear();
    err.println(StderrText.line(line));
    err.flush();
  }

  void finish() {
    clear();
  }

  private void clear() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
  }
}
