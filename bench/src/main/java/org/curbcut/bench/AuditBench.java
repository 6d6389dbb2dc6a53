package org.curbcut.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.audit.PageReport;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.RepairEngine;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.alt.AltTextPipeline;
import org.curbcut.fix.alt.ContextDescriber;
import org.curbcut.fix.alt.DecorativeDescriber;
import org.curbcut.fix.alt.ImageFetcher;
import org.curbcut.internal.fixers.Fixers;
import org.curbcut.internal.lang.LanguageDetection;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Speed of the static audit (parse + every rule at level AA), one thread. Each benchmark is the
 * time of one operation: one page, or the whole html5lib corpus. Run by {@code bin/bench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AuditBench {

  /** A typical page: about 50 KB of generated, realistic markup. */
  public static final int TYPICAL_BYTES = 50 * 1024;

  /** One demo-site page (by file name), or a generated 50 KB page when there is no demo site. */
  @State(Scope.Benchmark)
  public static class DemoPage {
    @Param({"generated-50k"})
    public String page;
    String html;
    Auditor auditor;
    RepairEngine repairer;

    @Setup
    public void setup() throws IOException {
      repairer = repairEngine();
      html = page.equals("generated-50k")
          ? PageGenerator.generate(TYPICAL_BYTES, 1)
          : new String(Files.readAllBytes(Corpus.root().resolve("demo-site").resolve(page)), StandardCharsets.UTF_8);
      auditor = new Auditor(AuditOptions.defaults());
    }
  }

  /** The 1,796 html5lib tree-construction documents. */
  @State(Scope.Benchmark)
  public static class Html5lib {
    List<String> docs;
    Auditor auditor;

    @Setup
    public void setup() throws IOException {
      docs = Corpus.html5lib();
      auditor = new Auditor(AuditOptions.defaults());
    }
  }

  /** A generated 50 KB page. */
  @State(Scope.Benchmark)
  public static class Typical {
    String html;
    Auditor auditor;

    RepairEngine repairer;

    @Setup
    public void setup() {
      html = PageGenerator.generate(TYPICAL_BYTES, 7);
      auditor = new Auditor(AuditOptions.defaults());
      repairer = repairEngine();
    }
  }

  /**
   * The repair engine as the proxy would run it: every fixer, alt text from decorative detection and
   * context (OCR and vision describers are cached by image hash there, so they are not per page).
   */
  static RepairEngine repairEngine() {
    AltTextPipeline alt = new AltTextPipeline(List.of(new DecorativeDescriber(), new ContextDescriber()),
        ImageFetcher.defaults(null));
    return new RepairEngine(AuditOptions.defaults(), Fixers.all(alt), Confidence.NEEDS_REVIEW);
  }

  /**
   * Parse, audit, repair, re-parse and re-audit one demo page, as for a page never seen before:
   * the language-detection cache is emptied first.
   */
  @Benchmark
  public RepairResult demoPageRepair(DemoPage s) {
    LanguageDetection.clearCache();
    return s.repairer.repair(HtmlSnapshot.parse(s.html, s.page), t -> HtmlSnapshot.parse(t, s.page));
  }

  /** The same, for a page seen before (the proxy serving it again): language detection is cached. */
  @Benchmark
  public RepairResult demoPageRepairSeen(DemoPage s) {
    return s.repairer.repair(HtmlSnapshot.parse(s.html, s.page), t -> HtmlSnapshot.parse(t, s.page));
  }

  @Benchmark
  public RepairResult typicalRepair(Typical s) {
    LanguageDetection.clearCache();
    return s.repairer.repair(HtmlSnapshot.parse(s.html, "typical.html"), t -> HtmlSnapshot.parse(t, "typical.html"));
  }

  @Benchmark
  public PageReport demoPage(DemoPage s) {
    return s.auditor.audit(HtmlSnapshot.parse(s.html, s.page));
  }

  /** One operation audits every document of the corpus. */
  @Benchmark
  public void html5libCorpus(Html5lib s, Blackhole bh) {
    for (String doc : s.docs) bh.consume(s.auditor.audit(HtmlSnapshot.parse(doc, "corpus")));
  }

  @Benchmark
  public Page typicalParseOnly(Typical s) {
    return HtmlSnapshot.parse(s.html, "typical.html");
  }

  @Benchmark
  public PageReport typicalParseAndAudit(Typical s) {
    return s.auditor.audit(HtmlSnapshot.parse(s.html, "typical.html"));
  }
}
