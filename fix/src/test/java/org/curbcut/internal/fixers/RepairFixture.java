package org.curbcut.internal.fixers;

import java.util.List;
import org.curbcut.audit.AuditOptions;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.RepairEngine;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.RepairStatus;
import org.curbcut.fix.alt.AltTextPipeline;
import org.curbcut.fix.alt.ImageFetcher;
import org.curbcut.internal.snapshot.HtmlSnapshot;

/** A page body repaired by every fixer, as `curbcut fix` repairs it, for the fixer specifications. */
final class RepairFixture {
  /** A page with a language, a title, a main landmark and a heading, so only the body's barriers fail. */
  static final String HEAD = "<!doctype html><html lang=en><head><title>T</title></head><body><main><h1>T</h1>";

  private RepairFixture() {}

  /** The body repaired at the given minimum confidence, without image describers that read pixels. */
  static RepairResult repair(String body, Confidence minimum) {
    return repair(body, minimum, new AltTextPipeline(List.of(), ImageFetcher.defaults(null)), "t.html");
  }

  /** The body of a page at {@code source} repaired with the given alt-text pipeline. */
  static RepairResult repair(String body, Confidence minimum, AltTextPipeline alt, String source) {
    RepairEngine engine = new RepairEngine(AuditOptions.defaults(), Fixers.all(alt), minimum);
    return engine.repair(HtmlSnapshot.parse(HEAD + body + "</main></body></html>", source),
        text -> HtmlSnapshot.parse(text, source));
  }

  /** A whole page (not only a body) repaired at the given minimum confidence, without image describers that read pixels. */
  static RepairResult repairPage(String html, Confidence minimum) {
    RepairEngine engine = new RepairEngine(AuditOptions.defaults(),
        Fixers.all(new AltTextPipeline(List.of(), ImageFetcher.defaults(null))), minimum);
    return engine.repair(HtmlSnapshot.parse(html, "t.html"), text -> HtmlSnapshot.parse(text, "t.html"));
  }

  /** The statuses of the repairs of one rule's failures, in document order. */
  static List<RepairStatus> statuses(RepairResult r, String rule) {
    return r.outcomes().stream().filter(o -> o.failure().rule().id().equals(rule)).map(o -> o.status()).toList();
  }
}
