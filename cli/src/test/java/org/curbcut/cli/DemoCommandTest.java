package org.curbcut.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.cli.MainTest.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code curbcut demo} copies the bundled site (demo-site/ resources), audits it and writes report.html. */
class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void extractsAuditsAndWritesTheHtmlReport() throws Exception {
    Path out = dir.resolve("demo");
    MainTest.Run r = run("demo", "--output-dir", out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0); // findings, but it is a demo
    assertThat(Files.exists(out.resolve("site/index.html"))).isTrue();
    Path report = out.resolve("report.html");
    assertThat(Files.size(report)).isGreaterThan(1000);
    assertThat(Files.readString(report)).contains("index.html");
    assertThat(r.out()).contains("index.html: ").contains("rules failed")
        .contains("Report: " + report.toAbsolutePath().normalize().toUri());
    assertThat(r.err()).isEmpty();
  }

  @Test
  void runsAgainOverItsOwnOutputAndAuditsOnlyTheSite() throws Exception {
    Path out = dir.resolve("demo");
    assertThat(run("demo", "--output-dir", out.toString()).code()).isEqualTo(0);
    MainTest.Run again = run("demo", "--output-dir", out.toString(), "--format", "json");
    assertThat(again.code()).isEqualTo(0);
    var pages = new ObjectMapper().readTree(again.out()).get("pages");
    for (var p : pages) assertThat(p.get("source").asText()).doesNotEndWith("report.html").contains("site");
    assertThat(again.err()).contains("Report: ");
  }

  @Test
  void unwritableOutputDirIsOneLineExitTwo() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    MainTest.Run r = run("demo", "--output-dir", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).startsWith("curbcut: cannot write the demo site to ");
  }
}
