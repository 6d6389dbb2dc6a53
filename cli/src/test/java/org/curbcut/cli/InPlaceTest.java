package org.curbcut.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.cli.MainTest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --in-place} changes a page's text and nothing else: links stay links, owner, group and
 * permissions stay; a page it cannot rewrite so (a link out of its folder, other hard links,
 * read-only, an owner it cannot keep) is left as it was, with the reason, and the batch goes on.
 */
class InPlaceTest {
  private static final String PAGE = FixCommandTest.REPAIRABLE;
  @TempDir Path dir;
  private Path site;

  @BeforeEach
  void site() throws IOException {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    site = Files.createDirectories(dir.resolve("site"));
  }

  private Path page(String name) throws IOException {
    Path p = site.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, PAGE, StandardCharsets.UTF_8);
  }

  private static boolean repaired(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8).contains("lang=\"en\"");
  }

  @Test
  void aLinkInsideItsFolderStaysALinkAndItsTargetIsRepaired() throws IOException {
    Path target = page("pages/real.html");
    Path link = Files.createSymbolicLink(site.resolve("index.html"), site.relativize(target));
    MainTest.Run r = run("fix", link.toString(), "--in-place", "-q");
    assertThat(r.code()).as(r.err()).isIn(Main.OK, Main.FINDINGS);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("pages/real.html"));
    assertThat(repaired(target)).isTrue();
    try (Stream<Path> s = Files.list(target.getParent())) {
      assertThat(s).containsExactly(target); // no temporary file left
    }
  }

  @Test
  void aLinkOutOfItsFolderIsRefusedAndTheBatchGoesOn() throws IOException {
    Path outside = Files.writeString(dir.resolve("shared.html"), PAGE);
    Path link = Files.createSymbolicLink(site.resolve("shared.html"), outside);
    Path other = page("other.html");
    MainTest.Run r = run("fix", link.toString(), other.toString(), "--in-place", "-q");
    assertThat(r.code()).isEqualTo(Main.ERROR);
    assertThat(outside).hasContent(PAGE);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(repaired(other)).isTrue();
    assertThat(r.err().strip()).isEqualTo("curbcut: cannot read " + link + ": it is a symbolic link to " + outside
        + ", outside " + site + "; curbcut never follows links out of the input, so it is neither repaired nor copied"
        + " (copy the file in if it belongs to the site)");
  }

  @Test
  void aPageWithOtherHardLinksIsLeftAsItWas() throws IOException {
    Path a = page("a.html");
    Path twin = Files.createLink(dir.resolve("twin.html"), a);
    MainTest.Run r = run("fix", site.toString(), "--in-place", "-q");
    assertThat(r.code()).isEqualTo(Main.ERROR);
    assertThat(a).hasContent(PAGE);
    assertThat(twin).hasContent(PAGE);
    assertThat(Files.isSameFile(a, twin)).isTrue();
    assertThat(r.err().strip()).isEqualTo("curbcut: cannot rewrite " + a + ": it has 1 other hard link, which a rewrite "
        + "would leave with the old text; left unchanged: repair with --out and copy the result over it, or break the link first");
  }

  @Test
  void permissionsOwnerAndGroupAreKept() throws IOException {
    Path a = page("a.html");
    Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-r-----"));
    PosixFileAttributeView view = Files.getFileAttributeView(a, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    UserPrincipal other = null;
    try {
      // as root (CI here), give the page to another user, as a site's files belong to its owner
      other = a.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
      view.setOwner(other);
    } catch (IOException | UnsupportedOperationException e) {
      other = null;
    }
    var before = view.readAttributes();
    MainTest.Run r = run("fix", a.toString(), "--in-place", "-q");
    assertThat(r.code()).as(r.err()).isIn(Main.OK, Main.FINDINGS);
    assertThat(repaired(a)).isTrue();
    var after = Files.getFileAttributeView(a, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).readAttributes();
    assertThat(PosixFilePermissions.toString(after.permissions())).isEqualTo("rw-r-----");
    assertThat(after.owner()).isEqualTo(before.owner());
    assertThat(after.group()).isEqualTo(before.group());
    if (other != null) assertThat(after.owner()).isEqualTo(other);
  }

  @Test
  void aReadOnlyPageIsLeftAsItWas() throws IOException {
    Path a = page("a.html");
    Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("r--r--r--"));
    MainTest.Run r = run("fix", a.toString(), "--in-place", "-q");
    assertThat(r.code()).isEqualTo(Main.ERROR);
    assertThat(a).hasContent(PAGE);
    assertThat(r.err()).contains("it is read-only; left unchanged");
  }
}
