package org.curbcut.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real command line in-process with captured stdout and stderr. */
class MainTest {
  static final String CLEAN = "<!doctype html><html lang=en><head><title>Clean</title></head>"
      + "<body><main><h1>Hello</h1><p>All good.</p></main></body></html>";
  /** Fails html-has-lang (serious). */
  static final String NO_LANG = "<!doctype html><html><head><title>No lang</title></head><body><p>Hi</p></body></html>";

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private String file(String name, String html) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, html, StandardCharsets.UTF_8);
    return p.toString();
  }

  private static void assertNoStackTrace(Run r) {
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception in thread");
  }

  @Test
  void cleanFileExitsZero() throws IOException {
    Run r = run("audit", file("clean.html", CLEAN));
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).contains("clean.html");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void fileWithAFailureExitsOne() throws IOException {
    Run r = run("audit", file("bad.html", NO_LANG));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("html-has-lang");
  }

  @Test
  void failOnCriticalIgnoresSeriousFindings() throws IOException {
    String f = file("bad.html", NO_LANG); // html-has-lang is serious
    assertThat(run("audit", "--rules", "html-has-lang", "--fail-on", "critical", f).code()).isEqualTo(0);
    assertThat(run("audit", "--rules", "html-has-lang", "--fail-on", "serious", f).code()).isEqualTo(1);
    assertThat(run("audit", "--rules", "html-has-lang", "--fail-on", "SERIOUS", f).code()).isEqualTo(1);
    assertThat(run("audit", "--rules", "html-has-lang", "--fail-on", "minor", f).code()).isEqualTo(1);
  }

  @Test
  void invalidFailOnIsAUsageError() throws IOException {
    Run r = run("audit", "--fail-on", "fatal", file("clean.html", CLEAN));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("curbcut: invalid --fail-on 'fatal' (expected minor, moderate, serious or critical)");
  }

  @Test
  void missingFileIsOneLineAndExitsTwo() {
    String missing = dir.resolve("missing.html").toString();
    Run r = run("audit", missing);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("curbcut: cannot read " + missing + ": no such file or folder");
    assertNoStackTrace(r);
  }

  @Test
  void batchWithOneBadItemStillAuditsTheOthers() throws IOException {
    String bad = file("bad.html", NO_LANG);
    String missing = dir.resolve("missing.html").toString();
    String clean = file("clean.html", CLEAN);
    Run r = run("audit", "--format", "json", bad, missing, clean);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    JsonNode pages = json(r).get("pages");
    assertThat(pages).hasSize(3);
    assertThat(pages.get(0).get("source").asText()).isEqualTo(bad);
    assertThat(failedRules(pages.get(0))).contains("html-has-lang");
    assertThat(pages.get(1).get("source").asText()).isEqualTo(missing);
    assertThat(pages.get(1).get("error").asText()).isEqualTo("no such file or folder");
    assertThat(pages.get(2).get("source").asText()).isEqualTo(clean);
    assertThat(failedRules(pages.get(2))).isEmpty();
  }

  @Test
  void folderIsAuditedPageByPage() throws IOException {
    file("site/index.html", CLEAN);
    file("site/about/index.html", NO_LANG);
    String site = dir.resolve("site").toString();
    Run r = run("audit", "--format", "json", site);
    assertThat(r.code()).isEqualTo(1);
    JsonNode pages = json(r).get("pages");
    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).get("source").asText()).isEqualTo(site + "/about/index.html");
    assertThat(failedRules(pages.get(0))).contains("html-has-lang");
    assertThat(pages.get(1).get("source").asText()).isEqualTo(site + "/index.html");
    assertThat(failedRules(pages.get(1))).isEmpty();
  }

  @Test
  void unknownRuleIdIsAUsageError() throws IOException {
    Run r = run("audit", "--rules", "html-has-lang,no-such-rule", file("clean.html", CLEAN));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("curbcut: unknown rule 'no-such-rule' (see 'curbcut rules')");
    assertThat(run("audit", "--exclude-rules", "nope", file("c.html", CLEAN)).code()).isEqualTo(2);
  }

  @Test
  void excludedRuleIsNotRun() throws IOException {
    Run r = run("audit", "--format", "json", "--exclude-rules", "html-has-lang", file("bad.html", NO_LANG));
    assertThat(json(r).get("pages").get(0).get("rules").has("html-has-lang")).isFalse();
    assertThat(failedRules(json(r).get("pages").get(0))).doesNotContain("html-has-lang");
  }

  @Test
  void ignoredSelectorDropsFindings() throws IOException {
    String f = file("bad.html", NO_LANG);
    assertThat(run("audit", "--rules", "html-has-lang", f).code()).isEqualTo(1);
    assertThat(run("audit", "--rules", "html-has-lang", "--ignore", "html", f).code()).isEqualTo(0);
  }

  @Test
  void invalidIgnoreSelectorIsAUsageError() throws IOException {
    Run r = run("audit", "--ignore", "p[", file("clean.html", CLEAN));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("curbcut: invalid --ignore selector 'p['");
  }

  @Test
  void invalidLevelAndUnknownOptionAreOneLineUsageErrors() throws IOException {
    String f = file("clean.html", CLEAN);
    Run level = run("audit", "--level", "AAA", f);
    assertThat(level.code()).isEqualTo(2);
    assertThat(level.err().lines()).hasSize(1);
    Run opt = run("audit", "--bogus", f);
    assertThat(opt.code()).isEqualTo(2);
    assertThat(opt.err().lines()).hasSize(1);
    assertThat(opt.err()).contains("--bogus").contains("curbcut audit --help");
    Run none = run("audit");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err().lines()).hasSize(1);
  }

  @Test
  void levelAChecksNoLevelAARule() throws IOException {
    Run r = run("audit", "--level", "a", "--format", "json", file("bad.html", NO_LANG));
    assertThat(r.code()).isEqualTo(1);
    assertThat(json(r).get("level").asText()).isEqualTo("A");
    for (JsonNode rule : json(r).get("rules")) assertThat(rule.get("level").asText()).isNotEqualTo("AA");
  }

  @Test
  void outputFileGetsTheReportAndStderrASummary() throws IOException {
    Path report = dir.resolve("out/report.txt");
    Run r = run("audit", "--output", report.toString(), file("bad.html", NO_LANG));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(report)).contains("html-has-lang");
    assertThat(r.err()).contains("1 page audited").contains("report written to");
    Run quiet = run("audit", "--quiet", "--output", report.toString(), file("bad.html", NO_LANG));
    assertThat(quiet.err()).isEmpty();
  }

  @Test
  void unwritableOutputIsOneLine() throws IOException {
    String f = file("clean.html", CLEAN);
    Run r = run("audit", "--output", dir.toString(), f); // a folder, not a file: refused before the audit
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("curbcut: --output " + dir + " is a folder; name a file");
    assertNoStackTrace(r);
  }

  @Test
  void rulesAsJsonHaveIdActAndWcag() throws IOException {
    Run r = run("rules", "--format", "json");
    assertThat(r.code()).isEqualTo(0);
    JsonNode rules = new ObjectMapper().readTree(r.out());
    assertThat(rules.isArray()).isTrue();
    assertThat(rules.size()).isGreaterThan(0);
    for (JsonNode rule : rules) {
      assertThat(rule.path("id").isTextual()).isTrue();
      assertThat(rule.path("act").isArray()).isTrue();
      assertThat(rule.path("wcag").isArray()).isTrue();
      assertThat(rule.path("level").isTextual()).isTrue();
      assertThat(rule.path("impact").isTextual()).isTrue();
      assertThat(rule.path("description").asText()).isNotBlank();
      assertThat(rule.path("help").asText()).isNotBlank();
    }
    List<String> ids = new ArrayList<>();
    rules.forEach(n -> ids.add(n.get("id").asText()));
    assertThat(ids).contains("html-has-lang");
  }

  @Test
  void rulesAsTextListEveryRule() {
    Run r = run("rules");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("html-has-lang").contains("3.1.1").contains("b5c3f8");
  }

  @Test
  void auditsAUrlFromALocalServer() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      byte[] body = (ex.getRequestURI().getPath().equals("/bad") ? NO_LANG : CLEAN).getBytes(StandardCharsets.UTF_8);
      int status = ex.getRequestURI().getPath().equals("/gone") ? 404 : 200;
      ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(status, body.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(body);
      }
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      Run clean = run("audit", base + "/");
      assertThat(clean.code()).as(clean.err()).isEqualTo(0);
      assertThat(clean.out()).contains(base + "/");
      Run bad = run("audit", base + "/bad");
      assertThat(bad.code()).isEqualTo(1);
      Run gone = run("audit", "--format", "json", base + "/gone", base + "/bad");
      assertThat(gone.code()).isEqualTo(2);
      assertThat(gone.err().strip()).isEqualTo("curbcut: cannot read " + base + "/gone: HTTP 404 Not Found");
      JsonNode pages = json(gone).get("pages");
      assertThat(pages.get(0).get("error").asText()).isEqualTo("HTTP 404 Not Found");
      assertThat(pages.get(1).get("source").asText()).isEqualTo(base + "/bad");
      assertThat(failedRules(pages.get(1))).contains("html-has-lang");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void helpAndVersionExitZero() {
    Run help = run("--help");
    assertThat(help.code()).isEqualTo(0);
    assertThat(help.out()).contains("audit").contains("rules").contains("demo");
    Run version = run("--version");
    assertThat(version.code()).isEqualTo(0);
    assertThat(version.out()).startsWith("curbcut ");
    assertThat(run("audit", "--help").out()).contains("--fail-on").contains("Exit codes");
  }

  @Test
  void noSubcommandPrintsUsageAndExitsTwo() {
    Run r = run();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Usage: curbcut");
  }

  @Test
  void debugIsAcceptedAfterTheSubcommand() {
    String missing = dir.resolve("missing.html").toString();
    Run r = run("audit", "--debug", missing);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("curbcut: cannot read " + missing + ": no such file or folder");
  }

  @Test
  void progressBarRedrawsInPlaceAndKeepsErrorsOnTheirOwnLine() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), true, true);
    p.start(2);
    p.step("a.html");
    p.println("curbcut: cannot read b.html: no such file or folder");
    p.step("b.html");
    p.finish();
    assertThat(err.toString()).contains("\r\033[K[###############               ] 1/2 a.html")
        .contains("\r\033[Kcurbcut: cannot read b.html: no such file or folder\n").endsWith("\r\033[K");
    StringWriter off = new StringWriter();
    Progress silent = new Progress(new PrintWriter(off), false, false);
    silent.start(3);
    silent.step("a.html");
    silent.note("a note");
    silent.finish();
    assertThat(off.toString()).isEmpty();
  }

  static JsonNode json(Run r) throws IOException {
    return new ObjectMapper().readTree(r.out());
  }

  /** Ids of the rules with a failed finding on a page of the JSON report. */
  static List<String> failedRules(JsonNode page) {
    List<String> ids = new ArrayList<>();
    for (JsonNode f : page.path("findings")) {
      if (f.get("outcome").asText().equals("failed")) ids.add(f.get("rule").asText());
    }
    return ids;
  }
}
