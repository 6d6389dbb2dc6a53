package org.curbcut.internal.rules.structure;

import java.util.List;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleResult;
import org.curbcut.internal.snapshot.HtmlSnapshot;

/** Runs one rule over one HTML string: the fixture style of the structure rule tests. */
final class Fixtures {
  private Fixtures() {}

  static List<RuleResult> results(Rule rule, String html) {
    Outcomes out = new Outcomes(rule.meta());
    rule.evaluate(new RuleContext(HtmlSnapshot.parse(html, "fixture.html")), out);
    for (RuleResult r : out.results()) {
      // every message a rule reports exists in messages.properties
      if (r.outcome() != Outcome.PASSED && r.message().startsWith(rule.meta().id() + ".")) {
        throw new AssertionError("missing message " + r.message());
      }
    }
    return out.results();
  }

  /** The ACT page outcome: failed beats cantTell beats passed; nothing reported is inapplicable. */
  static Outcome outcome(Rule rule, String html) {
    Outcome o = Outcome.INAPPLICABLE;
    for (RuleResult r : results(rule, html)) {
      if (r.outcome() == Outcome.FAILED) return Outcome.FAILED;
      if (r.outcome() == Outcome.CANT_TELL) o = Outcome.CANT_TELL;
      else if (o == Outcome.INAPPLICABLE) o = Outcome.PASSED;
    }
    return o;
  }

  /** A page with a title and lang, wrapping body markup. */
  static String page(String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><title>Fixture</title></head><body>" + body + "</body></html>";
  }
}
