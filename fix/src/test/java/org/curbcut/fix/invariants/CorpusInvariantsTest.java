package org.curbcut.fix.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.curbcut.fix.UnifiedDiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repair invariants ({@link RepairInvariants}) over every page of the demo site, every failed
 * example of the ACT test cases and every html5lib tree-construction document. Each test also
 * checks that the corpus was really repaired (the invariants are not checked on untouched pages
 * only).
 */
class CorpusInvariantsTest {
  @TempDir Path tmp;

  @Test
  void demoSite() throws IOException, InterruptedException {
    List<Corpora.Doc> docs = Corpora.demoSite(Corpora.demoSite());
    assertThat(docs).hasSizeGreaterThanOrEqualTo(4);
    List<InvariantHarness.Checked> checked = InvariantHarness.forSite(Corpora.demoSite()).checkAll(docs);
    summary("demo site", checked);
    assertThat(checked).allMatch(c -> c.result() != null && c.result().changed());
    assertThat(InvariantHarness.violations(checked)).isEmpty();

    // the site's patch, as `curbcut fix --diff` writes it, applies with git to a copy of the site
    Path copy = tmp.resolve("demo-site");
    try (Stream<Path> files = Files.walk(Corpora.demoSite())) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path to = copy.resolve(Corpora.demoSite().relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to);
      }
    }
    StringBuilder patch = new StringBuilder();
    for (InvariantHarness.Checked c : checked) {
      patch.append(UnifiedDiff.of("demo-site/" + c.doc().name(), c.doc().text(), c.result().repairedText()));
    }
    Files.writeString(tmp.resolve("site.patch"), patch, StandardCharsets.UTF_8);
    assertThat(GitApply.apply(tmp, tmp.resolve("site.patch"))).isZero();
    for (InvariantHarness.Checked c : checked) {
      assertThat(Files.readString(copy.resolve(c.doc().name()), StandardCharsets.UTF_8)).isEqualTo(c.result().repairedText());
    }
  }

  @Test
  void actFailedExamples() {
    List<Corpora.Doc> docs = Corpora.actFailedExamples();
    assertThat(docs).hasSizeGreaterThan(300);
    List<InvariantHarness.Checked> checked = InvariantHarness.forCorpus().checkAll(docs);
    summary("ACT failed examples", checked);
    assertThat(checked.stream().filter(c -> c.result() != null && c.result().changed()).count()).isGreaterThan(40);
    assertThat(InvariantHarness.violations(checked)).isEmpty();
  }

  @Test
  void html5lib() {
    List<Corpora.Doc> docs = Corpora.html5lib();
    assertThat(docs).hasSize(1796);
    List<InvariantHarness.Checked> checked = InvariantHarness.forCorpus().checkAll(docs);
    summary("html5lib", checked);
    assertThat(checked.stream().filter(c -> c.result() != null && c.result().changed()).count()).isPositive();
    assertThat(InvariantHarness.violations(checked)).isEmpty();
  }

  private static void summary(String corpus, List<InvariantHarness.Checked> checked) {
    long changed = checked.stream().filter(c -> c.result() != null && c.result().changed()).count();
    long repairs = checked.stream().filter(c -> c.result() != null).mapToLong(c -> c.result().appliedRepairs().size()).sum();
    System.out.println("invariants, " + corpus + ": " + checked.size() + " documents, " + changed + " changed by "
        + repairs + " repairs");
  }
}
