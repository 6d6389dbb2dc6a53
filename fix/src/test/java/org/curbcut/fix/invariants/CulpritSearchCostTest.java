package org.curbcut.fix.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.FullReaudit;
import org.curbcut.fix.RepairEngine;
import org.curbcut.fix.RepairResult;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Test;

/**
 * What the search for the repair behind an unexplained new failure costs, on the page of
 * {@link UnexplainedNewFailureTest}: the repairs are [mark x, mark y]; marking x makes every span
 * fail. The search asks whether [x] does harm (yes, found by the rule that failed, with no other
 * rule run), then whether [y] does (no, every rule run); the round after it re-audits [y] from
 * those results, with no parse and no rule run. The full re-audit asks the same with whole trials
 * and repairs the page the same way.
 */
class CulpritSearchCostTest {
  private static final String HTML =
      "<!doctype html><p class=y>Other</p><p class=x>Mark me</p><div><span>Elsewhere</span></div>";

  /** A rule that counts how often it ran. */
  static final class Counted implements Rule {
    private final Rule rule;
    int runs;

    Counted(Rule rule) {
      this.rule = rule;
    }

    @Override
    public RuleMeta meta() {
      return rule.meta();
    }

    @Override
    public void evaluate(RuleContext ctx, Outcomes out) {
      runs++;
      rule.evaluate(ctx, out);
    }
  }

  private record Run(RepairResult result, int parses, int otherRuns, int jealousRuns) {}

  private static Run repair(boolean full) {
    Counted other = new Counted(new UnexplainedNewFailureTest.Other());
    Counted jealous = new Counted(new UnexplainedNewFailureTest.Jealous());
    Auditor auditor = new Auditor(AuditOptions.defaults(), List.of(new UnexplainedNewFailureTest.Marked(), jealous, other));
    RepairEngine engine = new RepairEngine(auditor,
        List.of(new UnexplainedNewFailureTest.Mark("test-marked", "data-curbcut-x"),
            new UnexplainedNewFailureTest.Mark("test-other", "data-curbcut-y")), Confidence.CERTAIN);
    if (full) engine = FullReaudit.of(engine);
    List<String> parsed = new ArrayList<>();
    Function<String, Page> parser = t -> {
      parsed.add(t);
      return HtmlSnapshot.parse(t, "t.html");
    };
    RepairResult r = engine.repair(HtmlSnapshot.parse(HTML, "t.html"), parser);
    return new Run(r, parsed.size(), other.runs, jealous.runs);
  }

  @Test
  void theSearchStopsAtTheFirstUnexplainedFailureAndItsLastAnswerIsNotAuditedAgain() {
    Run scoped = repair(false);
    Run full = repair(true);
    assertThat(scoped.result().repairedText()).isEqualTo(full.result().repairedText())
        .isEqualTo("<!doctype html><p class=y data-curbcut-y=\"\">Other</p><p class=x>Mark me</p>"
            + "<div><span>Elsewhere</span></div>");
    // [x, y], then [x] and [y]; the full re-audit parses [y] once more for the last round
    assertThat(scoped.parses()).isEqualTo(3);
    assertThat(full.parses()).isEqualTo(4);
    // the original, [x, y], [y]: not [x], where test-jealous answered first, nor the last round
    assertThat(scoped.otherRuns()).isEqualTo(3);
    assertThat(full.otherRuns()).isEqualTo(5);
    assertThat(scoped.jealousRuns()).isEqualTo(4);
  }
}
