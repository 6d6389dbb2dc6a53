package org.curbcut.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names in diff headers are written as git writes them, so {@code git apply} and
 * {@code patch -p1} both find the file: names with quotes, backslashes, control or non-ASCII
 * characters are C-quoted; a name with a space gets a tab after it on the ---/+++ lines.
 */
class UnifiedDiffNamesTest {
  /** Names with non-ASCII characters only when the JVM can write them as file names (its encoding is not ASCII). */
  private static final List<String> NAMES = Stream.of("plain.html", "with space.html", "tab\tname.html", "quo\"te.html",
      "back\\slash.html", "café.html", "dir with space/ünï \"x\".html", "del\u007f.html", "esc\u001b.html")
      .filter(n -> Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).newEncoder().canEncode(n)).toList();
  private static final String BEFORE = "<html>\n<body>\n<img src=x.png>\n</body>\n</html>\n";
  private static final String AFTER = "<html>\n<body>\n<img src=x.png alt=\"\">\n</body>\n</html>\n";

  @TempDir Path dir;

  @Test
  void quotingFollowsGitsRules() {
    assertThat(UnifiedDiff.quoted("a/plain.html")).isEqualTo("a/plain.html");
    assertThat(UnifiedDiff.quoted("a/with space.html")).isEqualTo("a/with space.html");
    assertThat(UnifiedDiff.quoted("a/quo\"te\\x\t.html")).isEqualTo("\"a/quo\\\"te\\\\x\\t.html\"");
    assertThat(UnifiedDiff.quoted("a/café\u001b\u007f.html")).isEqualTo("\"a/caf\\303\\251\\033\\177.html\"");
    assertThat(UnifiedDiff.of("with space.html", BEFORE, AFTER))
        .startsWith("diff --git a/with space.html b/with space.html\n--- a/with space.html\t\n+++ b/with space.html\t\n@@");
  }

  /** The header lines are git's own, byte for byte (what `git diff` prints for the same change). */
  @Test
  void theHeadersAreWhatGitWrites() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Assumptions.assumeTrue(run(repo, "git", "init", "-q") == 0, "git is not installed");
    for (String n : NAMES) write(repo, n, BEFORE);
    assertThat(run(repo, "git", "add", "-A")).isZero();
    assertThat(run(repo, "git", "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "x")).isZero();
    for (String n : NAMES) {
      write(repo, n, AFTER);
      String git = output(repo, "git", "-c", "core.quotePath=true", "diff", "--", n);
      List<String> gitHeader = new ArrayList<>();
      for (String line : git.split("\n")) {
        if (line.startsWith("@@")) break;
        if (!line.startsWith("index ")) gitHeader.add(line);
      }
      List<String> ours = new ArrayList<>();
      for (String line : UnifiedDiff.of(n, BEFORE, AFTER).split("\n")) {
        if (line.startsWith("@@")) break;
        ours.add(line);
      }
      assertThat(ours).as(n).isEqualTo(gitHeader);
    }
  }

  @Test
  void gitApplyAndPatchBothApplyIt() throws Exception {
    StringBuilder patch = new StringBuilder();
    for (String n : NAMES) patch.append(UnifiedDiff.of(n, BEFORE, AFTER));
    Path file = dir.resolve("fix.patch");
    Files.writeString(file, patch, StandardCharsets.UTF_8);
    Path forGit = Files.createDirectories(dir.resolve("git"));
    Path forPatch = Files.createDirectories(dir.resolve("patch"));
    for (String n : NAMES) {
      write(forGit, n, BEFORE);
      write(forPatch, n, BEFORE);
    }
    boolean gitThere = run(forGit, "git", "--version") == 0;
    boolean patchThere = run(forPatch, "patch", "--version") == 0;
    Assumptions.assumeTrue(gitThere || patchThere, "neither git nor patch is installed");
    if (gitThere) {
      assertThat(run(forGit, "git", "apply", file.toString())).isZero();
      for (String n : NAMES) assertThat(forGit.resolve(n)).as("git apply: " + n).hasContent(AFTER.strip());
    }
    if (patchThere) {
      assertThat(run(forPatch, "patch", "-p1", "--batch", "-i", file.toString())).isZero();
      for (String n : NAMES) assertThat(forPatch.resolve(n)).as("patch -p1: " + n).hasContent(AFTER.strip());
    }
  }

  private static void write(Path root, String name, String text) throws IOException {
    Path p = root.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static int run(Path dir, String... cmd) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS)) return -1;
      if (p.exitValue() != 0) System.err.println(String.join(" ", cmd) + ": " + out);
      return p.exitValue();
    } catch (IOException e) {
      return -1; // not installed
    }
  }

  private static String output(Path dir, String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out;
  }
}
