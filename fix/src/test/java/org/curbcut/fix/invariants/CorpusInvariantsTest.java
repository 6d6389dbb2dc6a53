package org.curbcut.fix.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The repair invariants over every page of the demo site, every ACT failed example and html5lib. */
class CorpusInvariantsTest {
  @Test
  void demoSite() {
    List<Corpora.Doc> docs = Corpora.demoSite(Corpora.demoSite());
    assertThat(docs).hasSizeGreaterThanOrEqualTo(4);
    List<InvariantHarness.Checked> checked = InvariantHarness.forSite(Corpora.demoSite()).checkAll(docs);
    assertThat(checked).allMatch(c -> c.result() == null || c.result().changed());
    assertThat(InvariantHarness.violations(checked)).isEmpty();
  }

  @Test
  void actFailedExamples() {
    List<Corpora.Doc> docs = Corpora.actFailedExamples();
    assertThat(docs).hasSizeGreaterThan(300);
    assertThat(InvariantHarness.violations(InvariantHarness.forCorpus().checkAll(docs))).isEmpty();
  }

  @Test
  void html5lib() {
    List<Corpora.Doc> docs = Corpora.html5lib();
    assertThat(docs).hasSize(1796);
    long t0 = System.nanoTime();
    List<String> v = InvariantHarness.violations(InvariantHarness.forCorpus().checkAll(docs));
    System.out.println("html5lib: " + docs.size() + " documents in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    assertThat(v).isEmpty();
  }
}
