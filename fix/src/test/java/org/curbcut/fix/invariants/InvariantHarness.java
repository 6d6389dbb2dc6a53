package org.curbcut.fix.invariants;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.curbcut.audit.AuditOptions;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.RepairEngine;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.alt.AltTextPipeline;
import org.curbcut.fix.alt.ContextDescriber;
import org.curbcut.fix.alt.DecorativeDescriber;
import org.curbcut.fix.alt.ImageFetcher;
import org.curbcut.fix.alt.OcrDescriber;
import org.curbcut.internal.fixers.Fixers;

/** Repairs the documents of a corpus with every fixer and checks the invariants on each. */
final class InvariantHarness {
  private final RepairEngine engine;

  private InvariantHarness(AltTextPipeline alt) {
    this.engine = new RepairEngine(AuditOptions.defaults(), Fixers.all(alt), Confidence.NEEDS_REVIEW);
  }

  /** For the demo site: decorative, context and OCR describers, images read from the site folder. */
  static InvariantHarness forSite(Path siteRoot) {
    return new InvariantHarness(new AltTextPipeline(
        List.of(new DecorativeDescriber(), new ContextDescriber(), new OcrDescriber()), ImageFetcher.defaults(siteRoot)));
  }

  /** For the corpora: decorative and context describers only (fast, no image files). */
  static InvariantHarness forCorpus() {
    return new InvariantHarness(new AltTextPipeline(
        List.of(new DecorativeDescriber(), new ContextDescriber()), ImageFetcher.defaults(null)));
  }

  /** One document's repair and what the invariants found wrong with it. */
  record Checked(Corpora.Doc doc, RepairResult result, List<String> violations) {}

  Checked check(Corpora.Doc doc) {
    RepairResult r;
    try {
      r = engine.repair(doc.page(), doc.parser());
    } catch (RuntimeException e) {
      return new Checked(doc, null, List.of("the repair engine threw " + e));
    }
    List<String> v;
    try {
      v = RepairInvariants.check(r, doc.parser());
    } catch (RuntimeException e) {
      v = List.of("the invariant checker threw " + e);
    }
    return new Checked(doc, r, v);
  }

  List<Checked> checkAll(List<Corpora.Doc> docs) {
    List<Checked> out = new ArrayList<>();
    for (Corpora.Doc d : docs) out.add(check(d));
    return out;
  }

  /** The violations of all documents, one line each, prefixed with the document's name. */
  static List<String> violations(List<Checked> checked) {
    List<String> out = new ArrayList<>();
    for (Checked c : checked) for (String v : c.violations()) out.add(c.doc().name() + ": " + v);
    return out;
  }
}
