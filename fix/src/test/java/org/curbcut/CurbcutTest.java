package org.curbcut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.curbcut.audit.Finding;
import org.curbcut.audit.PageReport;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.RepairOutcome;
import org.curbcut.fix.RepairStatus;
import org.curbcut.fix.RepairedPage;
import org.curbcut.fix.alt.Description;
import org.curbcut.fix.alt.ImageDescriber;
import org.curbcut.fix.alt.ImageInput;
import org.curbcut.input.LoadException;
import org.curbcut.input.PageInput;
import org.curbcut.rules.Level;
import org.curbcut.rules.Outcome;
import org.curbcut.snapshot.Device;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurbcutTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** A page with two repairs Curbcut is sure of (a title from the heading, a positive tabindex), and a language. */
  private static final String PAGE = "<!doctype html><html lang=\"en\"><head><meta charset=\"windows-1252\"><title></title></head>"
      + "<body><main><h1>Caf\u00e9 &#x2603;</h1><a href=\"x.html\" tabindex=\"3\">Opening hours</a></main></body></html>";
  private static final Curbcut ENGINE = Curbcut.builder().withoutStandardDescribers().build();

  @TempDir Path dir;

  // ---------------------------------------------------------------- parse, load, audit

  @Test
  void aParsedStringIsAuditedIntoFindings() {
    Page page = Curbcut.parse("<!doctype html><html lang=en><title>Cats</title><main><img src=cat.png></main>");
    PageReport report = ENGINE.audit(page);
    assertThat(report.source()).isEqualTo("page");
    assertThat(report.findings()).extracting(Finding::rule, Finding::outcome, Finding::selector)
        .contains(org.assertj.core.groups.Tuple.tuple("image-alt", Outcome.FAILED, "html > body > main > img"));
    assertThat(report.ruleOutcomes()).containsEntry("document-title", Outcome.PASSED);
  }

  @Test
  void bytesAreDecodedWithTheirDeclaredCharsetAndResolveAgainstTheBaseUri() {
    Page page = Curbcut.parse("<p>caf\u00e9</p>".getBytes(WINDOWS_1252), "windows-1252", "https://example.org/menu/");
    assertThat(page.select("p").get(0).textContent()).isEqualTo("caf\u00e9");
    assertThat(page.baseUri()).isEqualTo("https://example.org/menu/");
    assertThat(page.source()).isEqualTo("https://example.org/menu/");
  }

  @Test
  void aFileIsLoadedWithItsStylesheetsAndWhatCannotBeLoadedIsOneLine() throws Exception {
    Files.writeString(dir.resolve("s.css"), "p{display:none}");
    Path file = Files.writeString(dir.resolve("index.html"), "<link rel=stylesheet href=s.css><p>x</p>");
    Page page = Curbcut.load(file);
    assertThat(page.isStyleComplete()).isTrue();
    assertThat(page.source()).isEqualTo(file.toString());
    assertThatThrownBy(() -> Curbcut.load(dir)).isInstanceOf(LoadException.class)
        .hasMessage("cannot read " + dir + ": a folder, not a page");
    assertThatThrownBy(() -> Curbcut.load(URI.create("ftp://example.org/"))).isInstanceOf(LoadException.class)
        .hasMessageStartingWith("cannot read ftp://example.org/: unsupported URL scheme");
  }

  @Test
  void rulesLevelAndIgnoredElementsShapeTheAudit() {
    Page page = Curbcut.parse("<!doctype html><html><title>t</title><img src=a.png><div id=ad><img src=b.png></div>");
    PageReport onlyImages = Curbcut.builder().rules("image-alt").ignore("#ad").build().audit(page);
    assertThat(onlyImages.ruleOutcomes()).containsOnlyKeys("image-alt");
    assertThat(onlyImages.findings()).extracting(Finding::selector).containsExactly("html > body > img");
    Curbcut levelA = Curbcut.builder().level(Level.A).build();
    assertThat(levelA.rules()).extracting(r -> r.meta().level()).doesNotContain(Level.AA);
    assertThat(levelA.audit(page).ruleOutcomes()).doesNotContainKey("color-contrast").containsKey("image-alt");
  }

  @Test
  void theEnginesDeviceDecidesWhichMediaQueriesApply() {
    String html = "<!doctype html><html lang=en><title>t</title>"
        + "<style>p { color: #222 } @media (max-width: 600px) { p { color: #ccc } }</style><p>Some words</p>";
    Curbcut desktop = Curbcut.builder().rules("color-contrast").build();
    Curbcut phone = Curbcut.builder().rules("color-contrast").device(Device.viewport("375x667")).build();
    assertThat(desktop.auditOptions().device()).isEqualTo(Device.DEFAULT);
    assertThat(phone.auditOptions().device().width()).isEqualTo(375);
    assertThat(phone.loader().options().device().width()).isEqualTo(375);
    assertThat(desktop.audit(Curbcut.parse(html)).ruleOutcomes().get("color-contrast")).isEqualTo(Outcome.PASSED);
    assertThat(phone.audit(Curbcut.parse(html)).ruleOutcomes().get("color-contrast")).isEqualTo(Outcome.FAILED);
    PageInput input = PageInput.of(html.getBytes(StandardCharsets.UTF_8), "text/html", "https://example.org/");
    assertThat(phone.audit(input).ruleOutcomes().get("color-contrast")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void anUnknownRuleOrAnInvalidSelectorIsRefusedWhenTheEngineIsBuilt() {
    assertThatThrownBy(() -> Curbcut.builder().rules("no-such-rule").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown rule 'no-such-rule'");
    assertThatThrownBy(() -> Curbcut.builder().ignore("div[").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("invalid ignore selector 'div['");
  }

  @Test
  void aPageThatCannotBeReadIsAnAuditWithAnError() {
    PageReport r = ENGINE.audit(PageInput.of(new byte[] {1}, "application/pdf", "https://example.org/a.pdf"));
    assertThat(r.errorMessage()).contains("not an HTML page (Content-Type: application/pdf)");
  }

  // ---------------------------------------------------------------- repair: bytes in, bytes out

  @Test
  void aRepairIsWrittenInThePagesOwnEncodingWithWhatItCannotHoldAsReferences() {
    byte[] in = PAGE.getBytes(WINDOWS_1252);
    RepairedPage r = ENGINE.repair(PageInput.of(in, "text/html", "https://example.org/"));
    assertThat(r.ok()).isTrue();
    assertThat(r.encoding().charset()).isEqualTo(WINDOWS_1252);
    String expected = PAGE.replace("<title></title>", "<title>Caf\u00e9 &#x2603;</title>").replace("tabindex=\"3\"", "tabindex=\"0\"");
    assertThat(r.bytes()).isEqualTo(expected.getBytes(WINDOWS_1252));
    assertThat(r.text()).isEqualTo(expected);
    assertThat(r.outcomes()).extracting(o -> o.failure().rule().id(), RepairOutcome::status).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("document-title", RepairStatus.FIXED_VERIFIED),
        org.assertj.core.groups.Tuple.tuple("tabindex-positive", RepairStatus.FIXED_VERIFIED));
    assertThat(r.repairs()).extracting(x -> x.value()).contains("Caf\u00e9 \u2603");
    assertThat(r.after().orElseThrow().findings()).noneMatch(f -> f.outcome() == Outcome.FAILED);
    assertThat(r.diff()).startsWith("diff --git a/page b/page\n").contains("\n-<!doctype").contains("\n+<!doctype");
    assertThat(new String(r.patch().orElseThrow(), WINDOWS_1252)).isEqualTo(r.diff());
  }

  @Test
  void theDiffIsNamedAsTheRequestSaysAndAPageWithNothingToRepairKeepsItsBytes() {
    RepairedPage r = ENGINE.repair(PageInput.of(PAGE.getBytes(WINDOWS_1252), null, ""),
        org.curbcut.fix.RepairRequest.defaults().withDiffPath("site/index.html"));
    assertThat(r.diff()).startsWith("diff --git a/site/index.html b/site/index.html\n");
    byte[] fine = "<!doctype html><html lang=en><title>Fine</title><main><h1>Fine</h1></main>".getBytes(StandardCharsets.UTF_8);
    RepairedPage same = ENGINE.repair(PageInput.of(fine, "text/html; charset=utf-8", ""));
    assertThat(same.changed()).isFalse();
    assertThat(same.bytes()).isSameAs(fine);
    assertThat(same.diff()).isEmpty();
    assertThat(same.patch()).isEmpty();
  }

  @Test
  void aByteOrderMarkIsKeptAndIsInTheDiffSoThePatchAppliesToTheBytes() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String html = PAGE.replace("<meta charset=\"windows-1252\">", "");
    RepairedPage r = ENGINE.repair(PageInput.of(concat(bom, html.getBytes(StandardCharsets.UTF_8)), null, ""));
    assertThat(r.bytes()).startsWith(bom);
    assertThat(r.encoding().charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(r.diff()).contains("\n-\uFEFF<!doctype").contains("\n+\uFEFF<!doctype");
  }

  @Test
  void aUtf16PageIsRepairedInUtf16ButHasNoPatchGitCouldApply() {
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    String html = PAGE.replace("<meta charset=\"windows-1252\">", "");
    RepairedPage r = ENGINE.repair(PageInput.of(concat(bom, html.getBytes(StandardCharsets.UTF_16LE)), null, ""));
    assertThat(r.changed()).isTrue();
    assertThat(r.encoding().isUtf16()).isTrue();
    assertThat(r.bytes()).startsWith(bom);
    assertThat(new String(r.bytes(), 2, r.bytes().length - 2, StandardCharsets.UTF_16LE)).contains("<title>Caf\u00e9 \u2603</title>");
    assertThat(r.diff()).isNotEmpty();
    assertThat(r.patch()).isEmpty();
  }

  @Test
  void bytesThatAreNotValidInTheirEncodingAreNotRewrittenAndComeBackAsTheyWere() {
    byte[] in = PAGE.replace("<meta charset=\"windows-1252\">", "").replace("Caf\u00e9", "Caf\u00ff")
        .getBytes(StandardCharsets.ISO_8859_1); // 0xFF is never valid UTF-8
    RepairedPage r = ENGINE.repair(PageInput.of(in, null, "https://example.org/"));
    assertThat(r.ok()).isFalse();
    assertThat(r.error()).contains("not rewritten: some of its bytes are not valid UTF-8, so rewriting the file could "
        + "change them; fix its encoding (or its <meta charset>) first");
    assertThat(r.bytes()).isSameAs(in);
    assertThat(r.outcomes()).isEmpty();
  }

  @Test
  void aPageThatCannotBeReadComesBackWithItsBytesAndTheReasonNeverAnException() {
    byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
    RepairedPage r = ENGINE.repair(PageInput.of(json, "application/json", "https://example.org/api"));
    assertThat(r.ok()).isFalse();
    assertThat(r.error()).contains("not an HTML page (Content-Type: application/json)");
    assertThat(r.bytes()).isSameAs(json);
    assertThat(r.name()).isEqualTo("https://example.org/api");
  }

  @Test
  void aFailureWhileReadingIsAClearErrorNotAnException() {
    PageInput in = PageInput.of("<link rel=stylesheet href=a.css><p>x".getBytes(StandardCharsets.UTF_8), null, "")
        .withStylesheets(href -> {
          throw new IllegalStateException("the style sheet store is down");
        });
    RepairedPage r = ENGINE.repair(in);
    assertThat(r.error()).contains("internal error while reading it: IllegalStateException: the style sheet store is down");
    assertThat(r.bytes()).isSameAs(in.bytes().orElseThrow());
    assertThat(ENGINE.audit(in).errorMessage()).isEqualTo(r.error());
  }

  @Test
  void aConfidenceThresholdLeavesLessSureRepairsOut() {
    RepairedPage r = Curbcut.builder().withoutStandardDescribers().minConfidence(Confidence.CERTAIN).build()
        .repair(PageInput.ofText(PAGE, ""));
    assertThat(r.changed()).isFalse();
    assertThat(r.outcomes()).allMatch(o -> o.status() == RepairStatus.NOT_REPAIRABLE)
        .allMatch(o -> o.reason().startsWith("A likely repair was found but not applied"));
  }

  @Test
  void anAddedDescriberWritesAltTextMarkedForReview() {
    ImageDescriber cats = new ImageDescriber() {
      @Override
      public String name() {
        return "cats";
      }

      @Override
      public Optional<Description> describe(ImageInput image) {
        return image.bytes().map(b -> new Description("A cat asleep", "the test's cat describer", Confidence.NEEDS_REVIEW));
      }
    };
    Curbcut engine = Curbcut.builder().withoutStandardDescribers().addDescriber(cats).build();
    String png = "data:image/png;base64," + Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    RepairedPage r = engine.repair(PageInput.ofText(
        "<!doctype html><html lang=en><title>Cats</title><main><img src=\"" + png + "\"></main>", ""));
    assertThat(r.text()).contains("alt=\"A cat asleep\"");
    assertThat(r.outcomes()).singleElement().satisfies(o -> {
      assertThat(o.status()).isEqualTo(RepairStatus.FIXED_NEEDS_REVIEW);
      assertThat(o.repair().provenance()).isEqualTo("the test's cat describer");
    });
  }

  @Test
  void oneEngineRepairsPagesOnManyThreadsExactlyAsOnOne() throws Exception {
    List<PageInput> pages = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      String html = PAGE.replace("Opening hours", "Opening hours " + i).replace("tabindex=\"3\"", "tabindex=\"" + (i % 4) + "\"");
      pages.add(PageInput.of(html.getBytes(WINDOWS_1252), "text/html", "https://example.org/" + i + ".html"));
    }
    List<String> serial = new ArrayList<>();
    for (PageInput p : pages) serial.add(fingerprint(ENGINE.repair(p)));
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<String>> parallel = new ArrayList<>();
      for (PageInput p : pages) parallel.add(pool.submit(() -> fingerprint(ENGINE.repair(p))));
      for (int i = 0; i < pages.size(); i++) assertThat(parallel.get(i).get()).isEqualTo(serial.get(i));
    } finally {
      pool.shutdownNow();
    }
  }

  private static String fingerprint(RepairedPage r) {
    StringBuilder b = new StringBuilder(r.name()).append('\n').append(r.text()).append('\n').append(r.diff());
    for (RepairOutcome o : r.outcomes()) b.append(o.failure().rule().id()).append(o.status()).append(o.reason());
    return b.toString();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
