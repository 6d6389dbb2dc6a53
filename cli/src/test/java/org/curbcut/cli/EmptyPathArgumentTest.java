package org.curbcut.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.cli.MainTest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty or blank path argument (an unset shell variable) is a one-line usage error before
 * anything is read or written: Java would read it as the current folder.
 */
class EmptyPathArgumentTest {
  @TempDir Path dir;

  private static void assertUsageError(MainTest.Run r, String... words) {
    assertThat(r.code()).as(r.err()).isEqualTo(Main.ERROR);
    assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("internal error").startsWith("curbcut: ");
    for (String w : words) assertThat(r.err()).contains(w);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anEmptyInputOfFixInPlaceIsRefused() {
    assertUsageError(run("fix", "", "--in-place"), "input 1 of 1 is empty", "unset shell variable", "give the path");
  }

  @Test
  void aBlankInputAmongOthersIsRefusedAndNothingIsRewritten() throws IOException {
    Path page = dir.resolve("a.html");
    String html = "<!doctype html><html><title>x</title><p>Some text";
    Files.writeString(page, html, StandardCharsets.UTF_8);
    assertUsageError(run("fix", page.toString(), "  ", "--in-place"), "input 2 of 2 is empty");
    assertThat(Files.readString(page, StandardCharsets.UTF_8)).isEqualTo(html);
  }

  @Test
  void anEmptyAuditInputIsRefused() {
    assertUsageError(run("audit", ""), "input 1 of 1 is empty");
  }

  @Test
  void emptyPathOptionsAreRefused() throws IOException {
    Path page = dir.resolve("a.html");
    Files.writeString(page, MainTest.CLEAN, StandardCharsets.UTF_8);
    assertUsageError(run("audit", page.toString(), "--output", ""), "--output was given an empty path");
    assertUsageError(run("fix", page.toString(), "--out", ""), "--out was given an empty path");
    assertUsageError(run("fix", page.toString(), "--out", dir.resolve("o").toString(), "--diff", " "),
        "--diff was given an empty path");
    assertUsageError(run("fix", page.toString(), "--in-place", "--report", ""), "--report was given an empty path");
    assertUsageError(run("demo", "--output-dir", ""), "--output-dir was given an empty path");
    assertThat(dir.resolve("o")).doesNotExist();
  }
}
