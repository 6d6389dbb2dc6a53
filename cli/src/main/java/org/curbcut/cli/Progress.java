package org.curbcut.cli;

import java.io.PrintWriter;

/** A one-line progress bar on stderr, redrawn in place; silent when disabled. */
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
    String label = name.length() > 40 ? "…" + name.substring(name.length() - 39) : name;
    err.print("\r\033[K[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + label);
    err.flush();
    drawn = true;
  }

  /** Prints a line of its own, above the bar. */
  void println(String line) {
    clear();
    err.println(line);
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
