package org.curbcut.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.cli.MainTest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fix --out} never follows a symbolic link out of the input folder nor writes through one
 * planted in the --out folder: each such file is one line on stderr, is not copied, and the
 * batch goes on (exit 2).
 */
class FixSymlinkTest {
  @TempDir Path dir;
  private Path site;
  private Path outside;

  @BeforeEach
  void site() throws IOException {
    site = Files.createDirectories(dir.resolve("site"));
    outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(site.resolve("index.html"), FixCommandTest.REPAIRABLE, StandardCharsets.UTF_8);
    Files.writeString(site.resolve("style.css"), "p{color:#111}");
  }

  @Test
  void linksOutOfTheInputFolderAreReportedNotCopied() throws IOException {
    Path secret = Files.writeString(outside.resolve("secret.txt"), "root:x:0:0");
    Path outsidePage = Files.writeString(outside.resolve("other.html"), FixCommandTest.REPAIRABLE);
    Files.createSymbolicLink(site.resolve("passwd.txt"), secret);
    Files.createSymbolicLink(site.resolve("inner.css"), site.resolve("style.css"));
    Files.createSymbolicLink(site.resolve("gone.txt"), site.resolve("missing"));
    Files.createSymbolicLink(site.resolve("etc"), outside);
    Path evil = Files.createSymbolicLink(Files.createDirectories(dir.resolve("inputs")).resolve("evil.html"), outsidePage);
    Path out = dir.resolve("out");

    MainTest.Run r = run("fix", site.toString(), evil.toString(), "--out", out.toString(), "-q");
    assertThat(r.code()).as(r.err()).isEqualTo(Main.ERROR);
    assertThat(out.resolve("passwd.txt")).doesNotExist();
    assertThat(out.resolve("etc")).doesNotExist();
    assertThat(out.resolve("gone.txt")).doesNotExist();
    assertThat(out.resolve("evil.html")).doesNotExist();
    assertThat(out.resolve("inner.css")).hasContent("p{color:#111}"); // a link inside the site is followed
    assertThat(out.resolve("style.css")).hasContent("p{color:#111}");
    assertThat(out.resolve("index.html")).content().contains("lang=\"en\""); // the batch went on
    assertThat(r.err().lines()).hasSize(4);
    assertThat(r.err()).contains("curbcut: not copied: " + site.resolve("passwd.txt") + " is a symbolic link to " + secret
            + ", outside the input folder " + site)
        .contains("curbcut: not copied: " + site.resolve("etc") + " is a symbolic link to " + outside)
        .contains("curbcut: not copied: " + site.resolve("gone.txt") + " is a symbolic link to nothing")
        .contains("curbcut: cannot read " + evil + ": it is a symbolic link to " + outsidePage + ", outside " + dir.resolve("inputs")
            + "; curbcut never follows links out of the input, so it is neither repaired nor copied");
    assertThat(secret).hasContent("root:x:0:0");
  }

  @Test
  void linksPlantedInTheOutFolderAreNeverWrittenThrough() throws IOException {
    Files.createDirectories(site.resolve("css"));
    Files.writeString(site.resolve("css/site.css"), "a{}");
    Path out = Files.createDirectories(dir.resolve("out"));
    Path victim = Files.writeString(outside.resolve("victim.html"), "precious");
    Files.createSymbolicLink(out.resolve("index.html"), victim);
    Files.createSymbolicLink(out.resolve("css"), outside);

    MainTest.Run r = run("fix", site.toString(), "--out", out.toString(), "-q");
    assertThat(r.code()).as(r.err()).isEqualTo(Main.ERROR);
    assertThat(victim).hasContent("precious");
    assertThat(outside.resolve("site.css")).doesNotExist();
    assertThat(Files.isSymbolicLink(out.resolve("index.html"))).isTrue();
    assertThat(out.resolve("style.css")).hasContent("p{color:#111}"); // the rest is written
    assertThat(r.err().lines()).hasSize(2).allMatch(l -> l.contains("in the --out folder is a symbolic link; curbcut never writes through a link"));
    assertThat(r.err()).contains("cannot write " + out.resolve("index.html") + ": " + out.resolve("index.html") + " in the --out folder")
        .contains(out.resolve("css") + " in the --out folder is a symbolic link");
  }

  @Test
  void anOutFolderThatIsItselfALinkIsUsed() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real-out"));
    Path out = Files.createSymbolicLink(dir.resolve("out"), real);
    MainTest.Run r = run("fix", site.toString(), "--out", out.toString(), "-q");
    assertThat(r.code()).as(r.err()).isIn(Main.OK, Main.FINDINGS);
    assertThat(real.resolve("index.html")).exists();
    assertThat(Files.isRegularFile(real.resolve("index.html"), LinkOption.NOFOLLOW_LINKS)).isTrue();
  }
}
