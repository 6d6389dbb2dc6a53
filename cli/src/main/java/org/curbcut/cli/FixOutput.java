package org.curbcut.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes what {@code curbcut fix} produces (repaired pages, the site's other files, the diff),
 * never leaving a file half written; every file that cannot be written is one line on stderr and
 * counts as an error, and the run goes on.
 */
final class FixOutput {
  private final Progress progress;
  private int errors;

  FixOutput(Progress progress) {
    this.progress = progress;
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
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      Files.write(file, bytes);
      return true;
    } catch (IOException | RuntimeException e) {
      error("cannot write " + (what.equals("page") ? "" : what + " ") + file + ": " + Errors.oneLine(e));
      return false;
    }
  }

  /** Replaces a file through a temporary file beside it, so a failure never leaves it half written. */
  boolean replace(Path target, byte[] bytes) {
    Path tmp = null;
    try {
      Path dir = target.toAbsolutePath().getParent();
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".curbcut");
      Files.write(tmp, bytes);
      try {
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
      } catch (UnsupportedOperationException | IOException ignored) {
        // not a POSIX file system: default permissions
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return true;
    } catch (IOException | RuntimeException e) {
      error("cannot rewrite " + target + ": " + Errors.oneLine(e));
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // nothing more to do
        }
      }
      return false;
    }
  }

  /** Copies the files of the input folders that are not pages, so --out is a working site. */
  void copyAssets(FixLayout layout) {
    for (FixLayout.Asset a : layout.assets) {
      try {
        Files.createDirectories(a.to().getParent());
        Files.copy(a.from(), a.to(), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException | RuntimeException e) {
        error("cannot copy " + a.from() + " to " + a.to() + ": " + Errors.oneLine(e));
      }
    }
  }

  /** Copies a page that could not be repaired as it is (it has already been reported). */
  void copyUnrepaired(Path from, Path to) {
    if (!Files.isRegularFile(from)) return;
    try {
      Files.createDirectories(to.getParent());
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      // already reported as not repaired
    }
  }
}
