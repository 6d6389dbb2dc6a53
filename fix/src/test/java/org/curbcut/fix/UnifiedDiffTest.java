package org.curbcut.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnifiedDiffTest {
  @TempDir Path dir;

  @Test
  void equalTextsGiveNoDiff() {
    assertThat(UnifiedDiff.of("a.html", "x\n", "x\n")).isEmpty();
  }

  @Test
  void writesAMinimalHunk() {
    String a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    String b = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
    assertThat(UnifiedDiff.of("s/a.html", a, b)).isEqualTo(
        "diff --git a/s/a.html b/s/a.html\n--- a/s/a.html\n+++ b/s/a.html\n"
            + "@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
  }

  @Test
  void gitAppliesThePatchIncludingALastLineWithoutNewline() throws Exception {
    String a = "<html>\n<body>\n<img src=x.png>\n</body>\n</html>";
    String b = "<html>\n<body>\n<img src=x.png alt=\"\">\n</body>\n</html>";
    String c = "top\n" + "line\n".repeat(20) + "<p>end</p>";
    String d = "top\n" + "line\n".repeat(20) + "<p lang=\"en\">end</p>";
    Files.createDirectories(dir.resolve("site"));
    Files.writeString(dir.resolve("site/a.html"), a, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("site/c.html"), c, StandardCharsets.UTF_8);
    String patch = UnifiedDiff.of("site/a.html", a, b) + UnifiedDiff.of("site/c.html", c, d);
    Files.writeString(dir.resolve("fix.patch"), patch, StandardCharsets.UTF_8);
    assertThat(git("init", "-q")).isZero();
    assertThat(git("apply", "fix.patch")).isZero();
    assertThat(Files.readString(dir.resolve("site/a.html"))).isEqualTo(b);
    assertThat(Files.readString(dir.resolve("site/c.html"))).isEqualTo(d);
  }

  private int git(String... args) throws IOException, InterruptedException {
    String[] cmd = new String[args.length + 1];
    cmd[0] = "git";
    System.arraycopy(args, 0, cmd, 1, args.length);
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    if (code != 0) System.err.println(out);
    return code;
  }
}
