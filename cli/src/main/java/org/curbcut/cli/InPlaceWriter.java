package org.curbcut.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;

/**
 * Rewrites an input page for {@code --in-place} so that only its text changes. The new text
 * goes to a temporary file beside the page, which takes the page's permissions, owner and group
 * and is then renamed over it ({@link AtomicFile}): a failure leaves the page as it was. So that
 * nothing else changes, a page is refused (left as it was, with the reason) when:
 *
 * <ul>
 *   <li>it is a symbolic link to a file outside its input folder (a link inside is kept: the file
 *       it points to is rewritten);</li>
 *   <li>it has other hard links: a rename would leave them with the old text, so they would no
 *       longer be the same file;</li>
 *   <li>it is read-only (not writable, or no write permission for anyone, which root would ignore);</li>
 *   <li>its owner or group cannot be given to the new file (curbcut runs as another user).</li>
 * </ul>
 */
final class InPlaceWriter {
  /**
   * Rewrites {@code page} with {@code bytes}.
   *
   * @param inputFolder the folder the page was found in (for a file input, its own folder)
   * @throws OutputRefused when one of the cases above applies; nothing was written
   */
  void write(Path page, Path inputFolder, byte[] bytes) throws IOException {
    Path target = page.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(target)) {
      Path real = target.toRealPath();
      if (!real.startsWith(inputFolder.toRealPath())) throw new OutputRefused(Messages.get("in-place.link-outside", real));
      target = real; // rewrite what the link points to; the link stays a link
    }
    Object links = attribute(target, "unix:nlink");
    if (links instanceof Integer n && n > 1) throw new OutputRefused(Messages.get("in-place.hard-links", n - 1));
    PosixFileAttributes before = posix(target);
    // root may write any file, so the mode says too: a page nobody may write was made read-only on purpose
    boolean noWriteBit = before != null && before.permissions().stream().noneMatch(
        p -> p == PosixFilePermission.OWNER_WRITE || p == PosixFilePermission.GROUP_WRITE || p == PosixFilePermission.OTHERS_WRITE);
    if (!Files.isWritable(target) || noWriteBit) throw new OutputRefused(Messages.get("in-place.read-only"));

    Path tmp = AtomicFile.temporary(target.getParent(), target.getFileName().toString());
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.write(java.nio.ByteBuffer.wrap(bytes));
        ch.force(true);
      }
      if (before != null) keepOwnerAndPermissions(before, tmp);
      AtomicFile.move(tmp, target);
    } catch (IOException | RuntimeException | Error e) {
      AtomicFile.deleteQuietly(tmp);
      throw e;
    }
  }

  /** Gives {@code tmp} the page's permissions, owner and group, or refuses when it cannot. */
  private static void keepOwnerAndPermissions(PosixFileAttributes page, Path tmp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    PosixFileAttributes now = view.readAttributes();
    UserPrincipal owner = page.owner();
    GroupPrincipal group = page.group();
    try {
      if (!now.owner().equals(owner)) view.setOwner(owner);
      if (!now.group().equals(group)) view.setGroup(group);
    } catch (IOException | SecurityException e) {
      throw new OutputRefused(Messages.get("in-place.owner", owner.getName(), group.getName()));
    }
    view.setPermissions(page.permissions());
  }

  private static PosixFileAttributes posix(Path file) throws IOException {
    try {
      return Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (UnsupportedOperationException e) {
      return null; // not a POSIX file system: nothing to keep
    }
  }

  private static Object attribute(Path file, String name) {
    try {
      return Files.getAttribute(file, name, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return null; // this file system does not say: no hard links known
    }
  }
}
