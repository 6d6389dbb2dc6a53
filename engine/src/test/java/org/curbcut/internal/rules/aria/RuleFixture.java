package org.curbcut.internal.rules.aria;

import java.util.List;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleResult;
import org.curbcut.internal.snapshot.HtmlSnapshot;

/** Runs one rule on one HTML fragment. */
final class RuleFixture {
  /** Makes display unknown to a static reading (a media query it cannot evaluate). */
  static final String UNKNOWN_DISPLAY = "<style>@media (prefers-reduced-data: reduce) { .u { display: none } }</style>";

  private RuleFixture() {}

  static List<RuleResult> run(Rule rule, String html) {
    Outcomes out = new Outcomes(rule.meta());
    rule.evaluate(new RuleContext(HtmlSnapshot.parse(html, "fixture.html")), out);
    return out.results();
  }

  /** The outcomes in document order. */
  static List<Outcome> outcomes(Rule rule, String html) {
    return run(rule, html).stream().map(RuleResult::outcome).toList();
  }

  /** The page's outcome: failed over cantTell over passed; inapplicable when nothing was reported. */
  static Outcome outcome(Rule rule, String html) {
    List<Outcome> all = outcomes(rule, html);
    if (all.contains(Outcome.FAILED)) return Outcome.FAILED;
    if (all.contains(Outcome.CANT_TELL)) return Outcome.CANT_TELL;
    if (all.contains(Outcome.PASSED)) return Outcome.PASSED;
    return Outcome.INAPPLICABLE;
  }
}
