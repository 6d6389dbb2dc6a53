package org.curbcut.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes what {@code curbcut fix} produces (repaired pages, the site's other files, the diff),
 * never leaving a file half written ({@link AtomicFile}) and never writing through a symbolic
 * link planted in the --out folder; every file that cannot be written is one line on stderr and
 * counts as an error, and the run goes on.
 */
final class FixOutput {
  private final Progress progress;
  private final Path out;
  private final InPlaceWriter inPlace = new InPlaceWriter();
  private int errors;

  /**
   * @param out the --out folder, whose files are checked for planted links; null for --in-place
   */
  FixOutput(Progress progress, Path out) {
    this.progress = progress;
    this.out = out == null ? null : FixLayout.abs(out);
  }

  /** How many inputs could not be read, repaired or written. */
  int errors() {
    return errors;
  }

  /** Reports, on a line of its own, a page that could not be read, repaired or written. */
  void error(String line) {
    errors++;
    progress.println("curbcut: " + line);
  }

  /**
   * Writes a file, creating its folder.
   *
   * @param what "page", or the option the file was named by ("--diff")
   */
  boolean write(String what, Path file, byte[] bytes) {
    try {
      if (what.equals("page")) refuseLinksUnderOut(file);
      AtomicFile.write(file, bytes);
      return true;
    } catch (IOException | RuntimeException e) {
      error("cannot write " + (what.equals("page") ? "" : what + " ") + file + ": " + Errors.oneLine(e));
      return false;
    }
  }

  /** Rewrites an input page in place, keeping its links, owner, permissions and hard links (or refusing, with the reason). */
  boolean replace(Path page, Path inputFolder, byte[] bytes) {
    try {
      inPlace.write(page, inputFolder, bytes);
      return true;
    } catch (IOException | RuntimeException e) {
      error("cannot rewrite " + page + ": " + Errors.oneLine(e));
      return false;
    }
  }

  /** Copies the files of the input folders that are not pages, so --out is a working site; reports those not copied. */
  void copyAssets(FixLayout layout) {
    for (FixLayout.Refused r : layout.refused) error(r.reason());
    for (FixLayout.Asset a : layout.assets) {
      try {
        copy(a.from(), a.to());
      } catch (IOException | RuntimeException e) {
        error("cannot copy " + a.from() + " to " + a.to() + ": " + Errors.oneLine(e));
      }
    }
  }

  /** Copies a page that could not be repaired as it is (it has already been reported). */
  void copyUnrepaired(Path from, Path to) {
    if (!Files.isRegularFile(from)) return;
    try {
      copy(from, to);
    } catch (IOException | RuntimeException e) {
      // already reported as not repaired
    }
  }

  private void copy(Path from, Path to) throws IOException {
    refuseLinksUnderOut(to);
    AtomicFile.write(to, o -> Files.copy(from, o));
  }

  /**
   * Refuses a destination under --out that is, or lies in a folder that is, a symbolic link: a
   * link planted there would send the file anywhere. --out itself may be a link (the user named it).
   */
  private void refuseLinksUnderOut(Path target) throws OutputRefused {
    if (out == null) return;
    Path t = FixLayout.abs(target);
    if (!t.startsWith(out)) return;
    for (Path p = t; p != null && !p.equals(out); p = p.getParent()) {
      if (Files.isSymbolicLink(p)) throw new OutputRefused(Messages.get("output.link-in-out", p));
    }
  }
}
