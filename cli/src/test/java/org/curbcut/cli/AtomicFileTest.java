package org.curbcut.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output file is the whole new content or the old file, never half of one; no temporary file is left behind. */
class AtomicFileTest {
  @TempDir Path dir;

  private long filesIn(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.count();
    }
  }

  @Test
  void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path report = dir.resolve("report.json");
    Files.writeString(report, "{\"old\": true}");
    assertThatThrownBy(() -> AtomicFile.write(report, out -> {
      out.write("{\"new\": ".getBytes(StandardCharsets.UTF_8));
      throw new IOException("No space left on device");
    })).isInstanceOf(IOException.class).hasMessage("No space left on device");
    assertThat(report).hasContent("{\"old\": true}");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void aNewFileIsWrittenWholeWithItsFolderAndDefaultPermissions() throws IOException {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path report = dir.resolve("new/folder/report.txt");
    AtomicFile.write(report, "all of it\n".getBytes(StandardCharsets.UTF_8));
    assertThat(report).hasContent("all of it");
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x"); // what the umask gives any new file
    assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(plain));
    assertThat(filesIn(report.getParent())).isEqualTo(1);
  }

  @Test
  void anExistingFileIsReplacedAndKeepsItsPermissions() throws IOException {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path page = Files.writeString(dir.resolve("page.html"), "old");
    Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("rw-r-----"));
    AtomicFile.write(page, "new".getBytes(StandardCharsets.UTF_8));
    assertThat(page).hasContent("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(page))).isEqualTo("rw-r-----");
  }

  @Test
  void aLinkOrAFolderIsNeverWrittenThroughNorReplaced() throws IOException {
    Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
    Path link = Files.createSymbolicLink(dir.resolve("report.html"), victim);
    assertThatThrownBy(() -> AtomicFile.write(link, "report".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(OutputRefused.class).hasMessageContaining("is a symbolic link; curbcut never writes through a link");
    assertThat(victim).hasContent("keep me");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    Path folder = Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> AtomicFile.write(folder, new byte[0])).isInstanceOf(OutputRefused.class)
        .hasMessageContaining("is a folder");
    assertThat(folder).isEmptyDirectory();
    assertThat(filesIn(dir)).isEqualTo(3);
  }
}
