package org.curbcut.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes an output file (a report, a repaired page, the diff) so that it is either the whole new
 * content or the old file: the bytes go to a temporary file in the same folder, are forced to the
 * disk, and the temporary file is renamed over the target ({@code ATOMIC_MOVE}, else
 * {@code REPLACE_EXISTING} where the file system cannot). On any failure (a full disk, a report
 * that fails half way) the temporary file is removed and the old file stays as it was.
 *
 * <p>A target that is a symbolic link or a folder is refused: renaming would replace the link or
 * the folder, and writing through the link would write wherever it points.
 */
final class AtomicFile {
  /** Writes the content of a file. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFile() {}

  /** Writes {@code bytes} to {@code target}, creating its folder. */
  static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /**
   * Writes what {@code content} writes to {@code target}, creating its folder. An existing
   * target keeps its permissions; a new one gets the default ones (the umask's).
   */
  static void write(Path target, Content content) throws IOException {
    Path file = target.toAbsolutePath().normalize();
    refuseLinksAndFolders(target, file);
    Path dir = file.getParent();
    Files.createDirectories(dir);
    Path tmp = temporary(dir, file.getFileName().toString());
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
           OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch))) {
        content.writeTo(out);
        out.flush();
        ch.force(true); // on the disk before the rename, so a crash leaves the old file or the new one
      }
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) keepPermissions(file, tmp);
      move(tmp, file);
    } catch (IOException | RuntimeException | Error e) {
      deleteQuietly(tmp);
      throw e;
    }
  }

  /** Renames atomically where the file system can, else replaces. */
  static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * A new, empty, hidden file beside the target. Created with the default permissions (unlike
   * {@link Files#createTempFile}, which makes it readable by its owner only).
   */
  static Path temporary(Path dir, String name) throws IOException {
    for (int i = 0; ; i++) {
      Path tmp = dir.resolve("." + name + "." + HexFormat.of().toHexDigits(RANDOM.nextInt()) + ".curbcut-tmp");
      try {
        Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return tmp;
      } catch (FileAlreadyExistsException e) {
        if (i > 100) throw e;
      }
    }
  }

  static void deleteQuietly(Path tmp) {
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException ignored) {
      // nothing more can be done; the name says what it is
    }
  }

  private static void refuseLinksAndFolders(Path shown, Path file) throws OutputRefused {
    if (Files.isSymbolicLink(file)) throw new OutputRefused(Messages.get("output.is-link", shown));
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) throw new OutputRefused(Messages.get("output.is-folder", shown));
  }

  private static void keepPermissions(Path from, Path to) throws IOException {
    try {
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from, LinkOption.NOFOLLOW_LINKS));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: its default permissions
    }
  }
}
