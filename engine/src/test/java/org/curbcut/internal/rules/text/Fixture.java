package org.curbcut.internal.rules.text;

import java.util.List;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleResult;
import org.curbcut.internal.snapshot.HtmlSnapshot;

/** Runs one rule on one HTML string: the page outcome and the results, for the tests of this package. */
final class Fixture {
  private Fixture() {}

  static List<RuleResult> results(Rule rule, String html) {
    Outcomes out = new Outcomes(rule.meta());
    rule.evaluate(new RuleContext(HtmlSnapshot.parse(html, "fixture.html")), out);
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

  /** The message of the single result (for checking that messages resolve). */
  static String message(Rule rule, String html) {
    List<RuleResult> r = results(rule, html);
    if (r.size() != 1) throw new AssertionError("expected one result, got " + r.size());
    return r.get(0).message();
  }
}
