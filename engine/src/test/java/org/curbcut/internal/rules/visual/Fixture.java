package org.curbcut.internal.rules.visual;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleResult;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;

/** Runs one rule on one HTML string. */
final class Fixture {
  private Fixture() {}

  static List<RuleResult> results(Rule rule, String html) {
    return results(rule, html, Map.of());
  }

  /** With linked style sheets served from {@code sheets} (href → CSS); others cannot be loaded. */
  static List<RuleResult> results(Rule rule, String html, Map<String, String> sheets) {
    Page page = page(html, sheets);
    Outcomes out = new Outcomes(rule.meta());
    rule.evaluate(new RuleContext(page), out);
    return out.results();
  }

  /** The body markup in a page with a title and a language, as every test of this package wraps it. */
  static Page page(String html) {
    return page(html, Map.of());
  }

  /** The same, with linked style sheets served from {@code sheets} (href → CSS); others cannot be loaded. */
  static Page page(String html, Map<String, String> sheets) {
    return HtmlSnapshot.parse("<!doctype html><html lang=en><head><title>t</title></head><body>" + html
        + "</body></html>", "test.html", "", href -> Optional.ofNullable(sheets.get(href)));
  }

  /** The page outcome: failed over cantTell over passed; inapplicable when nothing was reported. */
  static Outcome outcome(Rule rule, String html) {
    return outcome(results(rule, html));
  }

  static Outcome outcome(List<RuleResult> results) {
    if (results.stream().anyMatch(r -> r.outcome() == Outcome.FAILED)) return Outcome.FAILED;
    if (results.stream().anyMatch(r -> r.outcome() == Outcome.CANT_TELL)) return Outcome.CANT_TELL;
    if (results.stream().anyMatch(r -> r.outcome() == Outcome.PASSED)) return Outcome.PASSED;
    return Outcome.INAPPLICABLE;
  }
}
