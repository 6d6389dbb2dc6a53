package org.curbcut.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.cli.MainTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.curbcut.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --page-timeout} of {@code audit} and {@code fix}, in-process. A zero limit stops every
 * page before its first rule, so nothing here depends on how fast the machine is.
 */
class PageTimeoutTest {
  @TempDir Path dir;

  private Path demoPage() throws IOException {
    Path p = dir.resolve("index.html");
    Files.copy(SharedData.demoSite().resolve("index.html"), p);
    return p;
  }

  private Path file(String name, String html) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, html, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void anAuditPastTheTimeoutSaysItIsIncompleteAndExitsTwo() throws IOException {
    Path page = demoPage();
    MainTest.Run r = run("audit", "--page-timeout", "0s", page.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.ERROR);
    assertThat(r.err()).containsPattern("curbcut: " + java.util.regex.Pattern.quote(page.toString())
        + ": stopped at the time limit \\(--page-timeout 0s\\): (\\d+) of \\1 rules did not run; its report is incomplete");
    assertThat(r.out()).contains("Incomplete: the audit stopped at the time limit, so ")
        .contains("do not read this page as passed.")
        .contains("1 page stopped before every rule ran (time limit or cancelled): its results are incomplete.");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void aBatchGoesOnAndEveryStoppedPageIsInTheReport() throws IOException {
    Path a = file("a.html", MainTest.CLEAN);
    Path b = file("b.html", MainTest.NO_LANG);
    MainTest.Run r = run("audit", "--page-timeout", "0", "--format", "json", a.toString(),
        dir.resolve("missing.html").toString(), b.toString());
    assertThat(r.code()).isEqualTo(Main.ERROR);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.at("/summary/pagesIncomplete").asInt()).isEqualTo(2);
    assertThat(json.at("/summary/pagesNotRead").asInt()).isEqualTo(1);
    assertThat(json.at("/pages/0/incomplete/reason").asText()).isEqualTo("time-limit");
    assertThat(json.at("/pages/1/error").asText()).isNotEmpty();
    assertThat(json.at("/pages/2/incomplete/reason").asText()).isEqualTo("time-limit");
    assertThat(json.at("/pages/2/findings")).isEmpty();
    assertThat(r.err().lines().filter(l -> l.contains("stopped at the time limit (--page-timeout 0)"))).hasSize(2);
  }

  @Test
  void withTimeToSpareNothingChanges() throws IOException {
    Path clean = file("clean.html", MainTest.CLEAN);
    assertThat(run("audit", "--page-timeout", "5m", clean.toString()).code()).isEqualTo(Main.OK);
    assertThat(run("audit", "--page-timeout", "none", clean.toString()).code()).isEqualTo(Main.OK);
    assertThat(run("audit", "--page-timeout", "1500ms", file("bad.html", MainTest.NO_LANG).toString()).code())
        .isEqualTo(Main.FINDINGS);
    MainTest.Run r = run("audit", clean.toString()); // the default (60s)
    assertThat(r.code()).isEqualTo(Main.OK);
    assertThat(r.out()).doesNotContain("Incomplete");
  }

  @Test
  void aBadTimeoutIsAOneLineUsageError() throws IOException {
    Path clean = file("clean.html", MainTest.CLEAN);
    for (String cmd : new String[] {"audit", "fix"}) {
      MainTest.Run r = cmd.equals("audit") ? run(cmd, "--page-timeout", "abc", clean.toString())
          : run(cmd, "--page-timeout", "abc", "--in-place", clean.toString());
      assertThat(r.code()).isEqualTo(Main.ERROR);
      assertThat(r.err().strip())
          .isEqualTo("curbcut: invalid --page-timeout 'abc' (expected a duration such as 500ms, 30s or 2m, or none)");
    }
    for (String bad : new String[] {"-1s", "10 days", "1e3", ""}) {
      MainTest.Run r = run("audit", "--page-timeout", bad, clean.toString());
      assertThat(r.code()).as(bad).isEqualTo(Main.ERROR);
      assertThat(r.err().lines()).as(bad).hasSize(1);
    }
    MainTest.Run tooLong = run("audit", "--page-timeout", "9000h", clean.toString());
    assertThat(tooLong.err().strip()).isEqualTo("curbcut: --page-timeout '9000h' is longer than a year (use 'none' for no limit)");
  }

  @Test
  void theHelpOfBothCommandsDocumentsTheOptionAndItsDefault() {
    for (String cmd : new String[] {"audit", "fix"}) {
      String help = run(cmd, "--help").out();
      assertThat(help).contains("--page-timeout=DURATION").contains("(default: 60s)").contains("'none' for no limit");
    }
    assertThat(run("audit", "--help").out()).contains("a page's audit stopped at\n--page-timeout (its report is marked incomplete)");
    assertThat(run("fix", "--help").out()).contains("repaired within --page-timeout");
  }

  @Test
  void aRepairPastTheTimeoutLeavesTheFileUntouchedAndSaysSo() throws IOException {
    Path page = demoPage();
    byte[] before = Files.readAllBytes(page);
    MainTest.Run r = run("fix", "--page-timeout", "0s", "--in-place", page.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.ERROR);
    assertThat(Files.readAllBytes(page)).isEqualTo(before);
    assertThat(r.err()).contains("curbcut: cannot repair " + page + " within --page-timeout 0s: stopped at the time limit, "
        + "so nothing was repaired: the page is left as it was");
    assertThat(r.err()).contains("1 stopped at the time limit and left unchanged");
    assertThat(r.out()).contains("Could not be repaired: stopped at the time limit");
  }

  @Test
  void withOutTheStoppedPageIsCopiedUnchanged() throws IOException {
    Path page = demoPage();
    Path out = dir.resolve("out");
    MainTest.Run r = run("fix", "--page-timeout", "0s", "--out", out.toString(), page.toString());
    assertThat(r.code()).isEqualTo(Main.ERROR);
    assertThat(Files.readAllBytes(out.resolve("index.html"))).isEqualTo(Files.readAllBytes(page));
  }
}
