package org.curbcut.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.cli.MainTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.audit.PageReport;
import org.curbcut.rules.Outcome;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.testkit.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code curbcut fix} end to end, in-process: the demo site is repaired once (to --out, with
 * --diff and an HTML report) and the other cases run on small sites written by the tests.
 */
class FixCommandTest {
  static final String CLEAN = MainTest.CLEAN;
  /** Fails html-has-lang (repaired: language detected) and link-name on an icon link (needs review). */
  static final String REPAIRABLE = "<!doctype html>\n<html>\n<head>\n<title>Opening hours</title>\n</head>\n<body>\n"
      + "<main>\n<h1>Opening hours of the clinic</h1>\n"
      + "<p>The clinic is open from Monday to Friday, eight in the morning until six in the evening. "
      + "On Saturdays we open for emergencies only, and on Sundays the practice is closed.</p>\n"
      + "<a href=\"https://www.facebook.com/clinic\"><i class=\"fa fa-facebook\"></i></a>\n"
      + "</main>\n</body>\n</html>\n";

  @TempDir static Path shared;
  @TempDir Path dir;

  static Path demoCopy;
  static Path out;
  static Path patch;
  static Path htmlReport;
  static MainTest.Run demoRun;

  @BeforeAll
  static void repairTheDemoSiteOnce() throws IOException {
    demoCopy = copyDemo(shared.resolve("work"));
    out = shared.resolve("out");
    patch = shared.resolve("fix.patch");
    htmlReport = shared.resolve("reports/repair.html");
    demoRun = run("fix", demoCopy.toString(), "--out", out.toString(), "--diff", patch.toString(),
        "--report", htmlReport.toString(), "--format", "html");
  }

  static Path demoSite() {
    Path site = SharedData.demoSite();
    assertThat(site.resolve("index.html")).exists();
    return site;
  }

  static Path copyDemo(Path parent) throws IOException {
    Path target = parent.resolve("demo-site");
    copyTree(demoSite(), target);
    return target;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
  }

  /** Every file under a folder, by relative path, with its bytes. */
  static Map<String, byte[]> tree(Path root) throws IOException {
    Map<String, byte[]> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (Files.isRegularFile(p)) m.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return m;
  }

  private Path site(Map<String, String> pages) throws IOException {
    Path site = dir.resolve("site");
    for (var e : pages.entrySet()) {
      Path p = site.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
    }
    return site;
  }

  // ---------------------------------------------------------------- the demo site

  @Test
  void demoSiteOutMirrorsTheLayoutWithEveryAsset() throws IOException {
    assertThat(demoRun.code()).as(demoRun.err()).isEqualTo(1); // some findings need a person
    Map<String, byte[]> in = tree(demoCopy);
    Map<String, byte[]> written = tree(out);
    assertThat(written.keySet()).isEqualTo(in.keySet());
    assertThat(written.keySet()).contains("style.css", "script.js", "img/logo.png", "index.html");
    for (String name : in.keySet()) {
      if (!name.endsWith(".html")) assertThat(written.get(name)).as(name).isEqualTo(in.get(name));
    }
    assertThat(written.get("index.html")).isNotEqualTo(in.get("index.html"));
    // the input folder was not touched
    assertThat(tree(demoCopy).keySet()).isEqualTo(tree(demoSite()).keySet());
    assertThat(demoRun.err()).contains("fixed and verified").contains("not repairable").doesNotContain("\tat ");
  }

  @Test
  void demoSiteDiffAppliesWithGitToAFreshCopyAndGivesTheOutFiles() throws Exception {
    Assumptions.assumeTrue(gitAvailable(), "git is not installed");
    String diff = Files.readString(patch);
    assertThat(diff).startsWith("diff --git a/demo-site/").contains("+++ b/demo-site/index.html");
    Path fresh = dir.resolve("fresh");
    copyDemo(fresh);
    assertThat(git(fresh, "apply", "--check", patch.toString())).isEqualTo(0);
    assertThat(git(fresh, "apply", patch.toString())).isEqualTo(0);
    Map<String, byte[]> applied = tree(fresh.resolve("demo-site"));
    Map<String, byte[]> written = tree(out);
    assertThat(applied.keySet()).isEqualTo(written.keySet());
    for (String name : written.keySet()) assertThat(applied.get(name)).as(name).isEqualTo(written.get(name));
  }

  @Test
  void demoSiteHtmlReportPassesCurbcutsOwnAudit() throws IOException {
    String html = Files.readString(htmlReport);
    assertThat(html).contains("Needs your review").contains("Still needs a person");
    PageReport audit = new Auditor(AuditOptions.defaults()).audit(HtmlSnapshot.parse(html, "repair.html"));
    assertThat(audit.findings().stream().filter(f -> f.outcome() == Outcome.FAILED))
        .as("failed findings of the HTML repair report").isEmpty();
  }

  // ---------------------------------------------------------------- in place, confidence, encodings

  @Test
  void inPlaceRewritesOnlyPagesWithRepairsInTheirOwnEncoding() throws IOException {
    Path site = site(Map.of("clean.html", CLEAN, "sub/page.html", REPAIRABLE, "style.css", "p{color:#111}"));
    String latin = "<!doctype html><html><head><meta charset=\"windows-1252\"><title>Café</title></head>"
        + "<body><main><h1>Café du port</h1><p>Le café est ouvert du lundi au vendredi, de huit heures à dix-huit heures. "
        + "Le samedi, nous sommes ouverts seulement le matin, et le dimanche le café est fermé.</p></main></body></html>";
    Charset cp1252 = Charset.forName("windows-1252");
    Files.write(site.resolve("latin.html"), latin.getBytes(cp1252));
    Map<String, byte[]> before = tree(site);

    MainTest.Run r = run("fix", site.toString(), "--in-place", "--report", dir.resolve("r.json").toString(), "-f", "json");
    assertThat(r.code()).as(r.err()).isIn(0, 1);
    Map<String, byte[]> after = tree(site);
    assertThat(after.keySet()).isEqualTo(before.keySet()); // no stray temporary files
    assertThat(after.get("clean.html")).isEqualTo(before.get("clean.html"));
    assertThat(after.get("style.css")).isEqualTo(before.get("style.css"));
    assertThat(after.get("sub/page.html")).isNotEqualTo(before.get("sub/page.html"));
    String page = new String(after.get("sub/page.html"), StandardCharsets.UTF_8);
    assertThat(page).contains("<html lang=\"en\">").contains("aria-label=\"Facebook\"");
    String repairedLatin = new String(after.get("latin.html"), cp1252);
    assertThat(repairedLatin).contains("lang=\"fr\"").contains("Café du port");
    assertThat(after.get("latin.html")).contains((byte) 0xE9); // é is still one windows-1252 byte
    JsonNode json = new ObjectMapper().readTree(dir.resolve("r.json").toFile());
    for (JsonNode p : json.get("pages")) {
      boolean changed = p.get("changed").asBoolean();
      assertThat(changed).as(p.get("source").asText()).isEqualTo(!p.get("source").asText().endsWith("clean.html"));
    }
  }

  @Test
  void minConfidenceCertainAppliesFewerRepairs() throws IOException {
    Path site = site(Map.of("page.html", REPAIRABLE));
    MainTest.Run all = run("fix", site.toString(), "--out", dir.resolve("all").toString(), "-f", "json", "-q");
    MainTest.Run certain = run("fix", site.toString(), "--out", dir.resolve("certain").toString(), "-f", "json", "-q",
        "--min-confidence", "certain");
    assertThat(all.code()).as(all.err()).isIn(0, 1);
    assertThat(certain.code()).as(certain.err()).isEqualTo(1);
    long fixedAll = repaired(all.out());
    long fixedCertain = repaired(certain.out());
    assertThat(fixedCertain).isLessThan(fixedAll);
    assertThat(fixedAll).isGreaterThanOrEqualTo(2);
    JsonNode certainPage = new ObjectMapper().readTree(certain.out()).get("pages").get(0);
    assertThat(certainPage.get("repairs").findValuesAsText("reason").toString()).contains("--min-confidence");
    assertThat(Files.readString(dir.resolve("certain/page.html"))).doesNotContain("aria-label");
  }

  private static long repaired(String json) throws IOException {
    JsonNode s = new ObjectMapper().readTree(json).get("repairSummary");
    return s.get("fixed").asLong() + s.get("needsReview").asLong();
  }

  @Test
  void diffOfLatinAndBomPagesAppliesAndGivesTheOutBytes() throws Exception {
    Assumptions.assumeTrue(gitAvailable(), "git is not installed");
    Path site = dir.resolve("site");
    Files.createDirectories(site);
    String latin = "<!doctype html>\n<html>\n<head><meta charset=\"windows-1252\"><title>Café</title></head>\n"
        + "<body><main><h1>Café du port</h1><p>Le café est ouvert du lundi au vendredi, de huit heures à dix-huit heures. "
        + "Le samedi, nous sommes ouverts seulement le matin, et le dimanche le café est fermé.</p></main></body>\n</html>\n";
    Files.write(site.resolve("latin.html"), latin.getBytes(Charset.forName("windows-1252")));
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = REPAIRABLE.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(body, 0, withBom, 3, body.length);
    Files.write(site.resolve("bom.html"), withBom);
    Path diffFile = dir.resolve("fix.patch");
    MainTest.Run r = run("fix", site.toString(), "--out", dir.resolve("o").toString(), "--diff", diffFile.toString(), "-q");
    assertThat(r.code()).as(r.err()).isIn(0, 1);
    Path fresh = dir.resolve("fresh");
    copyTree(site, fresh.resolve("site"));
    git(fresh, "apply", "--check", diffFile.toString());
    git(fresh, "apply", diffFile.toString());
    Map<String, byte[]> applied = tree(fresh.resolve("site"));
    Map<String, byte[]> written = tree(dir.resolve("o"));
    assertThat(applied.keySet()).isEqualTo(written.keySet());
    for (String name : written.keySet()) assertThat(applied.get(name)).as(name).isEqualTo(written.get(name));
    assertThat(written.get("bom.html")).startsWith(bom);
    assertThat(new String(written.get("latin.html"), Charset.forName("windows-1252"))).contains("lang=\"fr\"");
  }

  @Test
  void aUrlGoesToHostAndPathUnderOutAndStaysOutOfTheDiff() throws Exception {
    com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      byte[] page = REPAIRABLE.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, page.length);
      try (var o = ex.getResponseBody()) {
        o.write(page);
      }
    });
    server.start();
    try {
      int port = server.getAddress().getPort();
      Path o = dir.resolve("o");
      MainTest.Run r = run("fix", "http://127.0.0.1:" + port + "/clinic/", "--out", o.toString(),
          "--diff", dir.resolve("fix.patch").toString());
      assertThat(r.code()).as(r.err()).isIn(0, 1);
      Path page = o.resolve("127.0.0.1_" + port + "/clinic/index.html");
      assertThat(page).exists();
      assertThat(Files.readString(page)).contains("<html lang=\"en\">");
      assertThat(Files.readString(dir.resolve("fix.patch"))).isEmpty();
      assertThat(r.err()).contains("is a URL; its repairs are in --out and the report, not in the diff");
    } finally {
      server.stop(0);
    }
  }

  // ---------------------------------------------------------------- errors

  @Test
  void missingInputIsOneLineAndExitTwoWhileTheOthersAreRepaired() throws IOException {
    Path site = site(Map.of("page.html", REPAIRABLE));
    MainTest.Run r = run("fix", dir.resolve("missing.html").toString(), site.resolve("page.html").toString(),
        "--out", dir.resolve("o").toString(), "-q");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).startsWith("curbcut: cannot read ").contains("missing.html: no such file");
    assertThat(dir.resolve("o/page.html")).exists();
    assertThat(r.out()).contains("Could not be repaired").contains("page.html");
  }

  @Test
  void outInsideOrEqualToTheInputFolderIsRefusedBeforeWritingAnything() throws IOException {
    Path site = site(Map.of("page.html", REPAIRABLE));
    MainTest.Run inside = run("fix", site.toString(), "--out", site.resolve("repaired").toString());
    assertThat(inside.code()).isEqualTo(2);
    assertThat(inside.err().strip()).startsWith("curbcut: --out ").contains("inside the input folder").doesNotContain("\n");
    assertThat(site.resolve("repaired")).doesNotExist();
    MainTest.Run same = run("fix", site.toString(), "--out", site.toString());
    assertThat(same.code()).isEqualTo(2);
    assertThat(same.err()).contains("is the input folder");
    MainTest.Run overwrite = run("fix", site.resolve("page.html").toString(), "--out", site.toString());
    assertThat(overwrite.code()).isEqualTo(2);
    assertThat(overwrite.err()).contains("would overwrite the input");
    MainTest.Run diffInside = run("fix", site.toString(), "--out", dir.resolve("o").toString(),
        "--diff", site.resolve("fix.patch").toString());
    assertThat(diffInside.code()).isEqualTo(2);
    assertThat(site.resolve("fix.patch")).doesNotExist();
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void outAndInPlaceAreExclusiveAndOneIsRequired() throws IOException {
    Path site = site(Map.of("page.html", REPAIRABLE));
    MainTest.Run both = run("fix", site.toString(), "--out", dir.resolve("o").toString(), "--in-place");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err().strip()).isEqualTo("curbcut: give either --out DIR or --in-place, not both");
    MainTest.Run neither = run("fix", site.toString());
    assertThat(neither.code()).isEqualTo(2);
    assertThat(neither.err()).contains("--out DIR, or --in-place");
    MainTest.Run url = run("fix", "https://example.org/", "--in-place");
    assertThat(url.code()).isEqualTo(2);
    assertThat(url.err()).contains("--in-place cannot rewrite a URL");
    MainTest.Run conf = run("fix", site.toString(), "--out", dir.resolve("o").toString(), "--min-confidence", "sure");
    assertThat(conf.code()).isEqualTo(2);
    assertThat(conf.err()).contains("invalid --min-confidence 'sure'");
    assertThat(Files.readString(site.resolve("page.html"))).isEqualTo(REPAIRABLE);
  }

  // ---------------------------------------------------------------- report formats

  private Path formatSite() throws IOException {
    return site(Map.of("page.html", REPAIRABLE, "broken.html",
        "<!doctype html><html lang=en><head><title>Broken</title></head><body><main><h1>Form</h1>"
            + "<img src=photo.jpg><div style=\"color:#aaa;background:#fff\">Faint text on white</div></main></body></html>"));
  }

  private MainTest.Run report(Path site, String format) {
    return run("fix", site.toString(), "--out", dir.resolve("out-" + format).toString(), "-f", format, "-q",
        "--report", dir.resolve("report." + format).toString());
  }

  @Test
  void jsonReportHasTheAuditShapeAndTheRepairs() throws IOException {
    MainTest.Run r = report(formatSite(), "json");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    JsonNode root = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    assertThat(root.get("tool").get("name").asText()).isEqualTo("curbcut");
    assertThat(root.get("summary").get("findings").get("failed").asLong()).isPositive();
    JsonNode s = root.get("repairSummary");
    assertThat(s.get("fixed").asLong() + s.get("needsReview").asLong() + s.get("notRepairable").asLong())
        .isEqualTo(s.get("failedBefore").asLong());
    List<String> statuses = new ArrayList<>();
    for (JsonNode p : root.get("pages")) {
      assertThat(p.has("findings")).isTrue();
      assertThat(p.has("afterRepair")).isTrue();
      for (JsonNode rep : p.get("repairs")) {
        for (String field : List.of("rule", "selector", "line", "column", "status", "change", "value", "provenance",
            "confidence", "reason")) {
          assertThat(rep.has(field)).as(field).isTrue();
        }
        statuses.add(rep.get("status").asText());
      }
    }
    assertThat(statuses).contains("fixed", "needs-review", "not-repairable");
  }

  @Test
  void sarifReportHasTheRequiredFieldsAndFixes() throws IOException {
    Path site = formatSite();
    MainTest.Run r = report(site, "sarif");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    JsonNode root = new ObjectMapper().readTree(dir.resolve("report.sarif").toFile());
    assertThat(root.get("version").asText()).isEqualTo("2.1.0");
    assertThat(root.get("$schema").asText()).contains("sarif");
    JsonNode run = root.get("runs").get(0);
    assertThat(run.get("tool").get("driver").get("name").asText()).isEqualTo("curbcut");
    int fixes = 0;
    for (JsonNode res : run.get("results")) {
      assertThat(res.get("ruleId").asText()).isNotEmpty();
      assertThat(res.get("message").get("text").asText()).isNotEmpty();
      assertThat(res.get("properties").get("repairStatus").asText())
          .isIn("fixed", "needs-review", "not-repairable", "not-attempted");
      if (res.has("fixes")) {
        JsonNode change = res.get("fixes").get(0).get("artifactChanges").get(0);
        assertThat(change.get("artifactLocation").get("uri").asText()).endsWith(".html");
        JsonNode rep = change.get("replacements").get(0);
        assertThat(rep.get("deletedRegion").get("startLine").asInt()).isPositive();
        assertThat(rep.get("deletedRegion").get("startColumn").asInt()).isPositive();
        assertThat(rep.has("insertedContent")).isTrue();
        fixes++;
      }
    }
    assertThat(fixes).isGreaterThanOrEqualTo(2);
  }

  @Test
  void junitReportIsXmlOfTheReauditWithRepairProperties() throws Exception {
    MainTest.Run r = report(formatSite(), "junit");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    var doc = f.newDocumentBuilder().parse(dir.resolve("report.junit").toFile());
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("testsuites");
    assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
    String xml = Files.readString(dir.resolve("report.junit"));
    assertThat(xml).contains("name=\"repair.fixed\"").contains("Repairs of this rule on this page");
  }

  @Test
  void earlReportIsJsonLdWithRepairInfo() throws IOException {
    MainTest.Run r = report(formatSite(), "earl");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    JsonNode root = new ObjectMapper().readTree(dir.resolve("report.earl").toFile());
    assertThat(root.get("@context").get("earl").asText()).isEqualTo("http://www.w3.org/ns/earl#");
    assertThat(root.get("@graph").size()).isGreaterThan(1);
    assertThat(root.toString()).contains("Repair of ");
  }

  @Test
  void textReportReadsLikeACodeReview() throws IOException {
    Path site = formatSite();
    MainTest.Run r = run("fix", site.toString(), "--out", dir.resolve("o").toString(), "--no-color");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out())
        .contains("repair report")
        .contains("Fixed and verified (")
        .contains("Needs your review (")
        .contains("Still needs a person (")
        .contains("Left for a person to judge: ")
        .contains("== Summary ==")
        .contains("site/page.html:2:1  html-has-lang  3.1.1 Language of Page (Level A)")
        .contains("- <html>").contains("+ <html lang=\"en\">")
        .contains("Where it came from: name inferred from the icon class \"fa-facebook\"")
        .contains("Confidence: needs-review")
        .contains("It is not a statement that any page conforms");
    assertThat(r.out()).doesNotContainIgnoringCase("compliant");
    assertThat(r.err()).startsWith("curbcut: 2 pages repaired");
  }

  // ---------------------------------------------------------------- helpers

  private static boolean gitAvailable() {
    try {
      Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static int git(Path in, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(in.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isEqualTo(0);
    return p.exitValue();
  }
}
