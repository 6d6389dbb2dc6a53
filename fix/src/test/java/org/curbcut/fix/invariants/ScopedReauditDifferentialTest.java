package org.curbcut.fix.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.curbcut.audit.AuditOptions;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.FullReaudit;
import org.curbcut.fix.RepairEngine;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.alt.AltTextPipeline;
import org.curbcut.fix.alt.ContextDescriber;
import org.curbcut.fix.alt.DecorativeDescriber;
import org.curbcut.fix.alt.ImageFetcher;
import org.curbcut.internal.fixers.Fixers;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The scoped re-audit (rules whose inputs no edit touched keep their results) repairs every page
 * of each corpus exactly as the full re-audit does: the same repaired text, and the same final
 * report (rule, target position, outcome, message and diagnostic of every result) and the same new
 * failures. The real-world part skips when the shared pages are not there.
 */
class ScopedReauditDifferentialTest {
  private static final RepairEngine SCOPED = new RepairEngine(AuditOptions.defaults(),
      Fixers.all(new AltTextPipeline(List.of(new DecorativeDescriber(), new ContextDescriber()), ImageFetcher.defaults(null))),
      Confidence.NEEDS_REVIEW);
  private static final RepairEngine FULL = FullReaudit.of(SCOPED);

  @Test
  void demoSite() {
    assertSame("demo site", Corpora.demoSite(Corpora.demoSite()), 4);
  }

  @Test
  void actExamples() {
    assertSame("ACT", Corpora.actExamples(), 300);
  }

  @Test
  void html5lib() {
    assertSame("html5lib", Corpora.html5lib(), 1796);
  }

  @Test
  void realWorld() throws Exception {
    Path dir = Corpora.shared().resolve("realworld/pages");
    Assumptions.assumeTrue(Files.isDirectory(dir), "no real-world pages at " + dir + " (set -Dcurbcut.shared)");
    List<Corpora.Doc> docs = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        String text = Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1);
        String source = f.toString();
        docs.add(new Corpora.Doc(f.getFileName().toString(), text,
            t -> HtmlSnapshot.parse(t, source, f.toUri().toString(), href -> Optional.empty())));
      }
    }
    assertSame("realworld", docs, 90);
  }

  private static void assertSame(String corpus, List<Corpora.Doc> docs, int atLeast) {
    assertThat(docs).hasSizeGreaterThanOrEqualTo(atLeast);
    int changed = 0;
    for (Corpora.Doc d : docs) {
      Page page = d.page();
      RepairResult scoped = SCOPED.repair(page, d.parser());
      RepairResult full = FULL.repair(d.page(), d.parser());
      assertThat(scoped.repairedText()).as(d.name()).isEqualTo(full.repairedText());
      assertThat(describe(scoped.after().results())).as(d.name()).isEqualTo(describe(full.after().results()));
      assertThat(describe(scoped.newFailures())).as(d.name()).isEqualTo(describe(full.newFailures()));
      if (scoped.changed()) changed++;
    }
    System.out.println("scoped re-audit = full re-audit, " + corpus + ": " + docs.size() + " pages, " + changed + " repaired");
  }

  private static List<String> describe(List<RuleResult> results) {
    List<String> out = new ArrayList<>();
    for (RuleResult r : results) {
      out.add(r.rule().id() + "@" + r.target().startTag().start().offset() + "<" + r.target().name() + "> "
          + r.outcome() + " " + r.messageKey() + " " + r.message() + " " + r.diagnostic().map(Object::toString).orElse(""));
    }
    // sorted: a rule may list its results in an order that differs between two runs on the same
    // page (keyboard-trap's follows identity hashes); what is compared is which results there are
    out.sort(null);
    return out;
  }
}
