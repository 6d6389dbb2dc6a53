package org.curbcut.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.cli.MainTest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No output path may be an input: {@code audit -o} is refused before anything is read, like {@code fix --report}. */
class OutputOntoInputTest {
  @TempDir Path dir;

  private Path page(String name) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, MainTest.NO_LANG, StandardCharsets.UTF_8);
  }

  private static void assertRefused(MainTest.Run r, String words) {
    assertThat(r.code()).isEqualTo(Main.ERROR);
    assertThat(r.err().strip()).doesNotContain("\n").startsWith("curbcut: --output ").contains(words);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void auditOutputOntoAnInputPageIsRefusedAndThePageKept() throws IOException {
    Path a = page("a.html");
    Path b = page("site/b.html");
    MainTest.Run r = run("audit", a.toString(), dir.resolve("site").toString(), "-o", b.toString(), "-f", "html");
    assertRefused(r, "is the input " + dir.resolve("site") + "/b.html: the report would replace the page");
    assertThat(b).hasContent(MainTest.NO_LANG);
    assertRefused(run("audit", a.toString(), "-o", dir.resolve("./x/../a.html").toString()), "is the input");
    assertThat(a).hasContent(MainTest.NO_LANG);
  }

  @Test
  void anotherNameOfAnInputIsAnInputToo() throws IOException {
    Path a = page("a.html");
    Path link = Files.createSymbolicLink(dir.resolve("report-link.html"), a);
    assertRefused(run("audit", a.toString(), "-o", link.toString()), "is the input " + a);
    Path hard = Files.createLink(dir.resolve("hard.html"), a);
    assertRefused(run("audit", a.toString(), "-o", hard.toString()), "is the input " + a);
    assertThat(a).hasContent(MainTest.NO_LANG);
  }

  @Test
  void aReportOntoALinkOrAFolderIsRefused() throws IOException {
    Path a = page("a.html");
    Path victim = Files.writeString(dir.resolve("victim.txt"), "keep");
    Path link = Files.createSymbolicLink(dir.resolve("r.json"), victim);
    assertRefused(run("audit", a.toString(), "-o", link.toString()), "is a symbolic link");
    assertThat(victim).hasContent("keep");
    assertRefused(run("audit", a.toString(), "-o", Files.createDirectories(dir.resolve("d")).toString()), "is a folder");
    MainTest.Run fix = run("fix", a.toString(), "--out", dir.resolve("o").toString(), "--report", link.toString());
    assertThat(fix.code()).isEqualTo(Main.ERROR);
    assertThat(fix.err().strip()).startsWith("curbcut: --report ").contains("is a symbolic link");
    assertThat(victim).hasContent("keep");
  }

  @Test
  void anOutputBesideTheInputsIsWritten() throws IOException {
    Path a = page("a.html");
    MainTest.Run r = run("audit", a.toString(), "-o", dir.resolve("report.txt").toString(), "-q");
    assertThat(r.code()).isEqualTo(Main.FINDINGS);
    assertThat(dir.resolve("report.txt")).content().contains("html-has-lang");
    assertThat(a).hasContent(MainTest.NO_LANG);
  }
}
