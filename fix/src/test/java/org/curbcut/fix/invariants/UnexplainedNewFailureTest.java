package org.curbcut.fix.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.fix.Repair;
import org.curbcut.fix.RepairEngine;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.RepairStatus;
import org.curbcut.fix.SourceEdits;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.junit.jupiter.api.Test;

/**
 * A repair that makes another element fail, somewhere no edit touched (as adding a landmark makes
 * region fail elsewhere): the engine finds the repair to blame by re-auditing without it, drops
 * it, and serves the page without it.
 */
class UnexplainedNewFailureTest {
  /** Fails on each {@code <p class=x>} without data-curbcut-x. */
  static final class Marked implements Rule {
    static final MessageKey<Diagnostic> MESSAGE = MessageKey.of("m");
    static final RuleMeta META = RuleMeta.of(Marked.class, "test-marked", List.of(), List.of(), Level.A, Impact.MINOR)
        .withMessages(MESSAGE);

    @Override
    public RuleMeta meta() {
      return META;
    }

    @Override
    public void evaluate(RuleContext ctx, Outcomes out) {
      for (Element e : ctx.page().select("p.x")) out.expect(e, org.curbcut.snapshot.Tri.of(e.has("data-curbcut-x")), MESSAGE);
    }
  }

  /** Fails on every span once any element is marked (passes otherwise). */
  static final class Jealous implements Rule {
    static final MessageKey<Diagnostic> MESSAGE = MessageKey.of("j");
    static final RuleMeta META = RuleMeta.of(Jealous.class, "test-jealous", List.of(), List.of(), Level.A, Impact.MINOR)
        .withMessages(MESSAGE);

    @Override
    public RuleMeta meta() {
      return META;
    }

    @Override
    public void evaluate(RuleContext ctx, Outcomes out) {
      boolean marked = !ctx.page().select("p.x[data-curbcut-x]").isEmpty();
      for (Element e : ctx.page().select("span")) out.expect(e, org.curbcut.snapshot.Tri.of(!marked), MESSAGE);
    }
  }

  /** Fails on each {@code <p class=y>} without data-curbcut-y (a harmless repair beside the bad one). */
  static final class Other implements Rule {
    static final MessageKey<Diagnostic> MESSAGE = MessageKey.of("o");
    static final RuleMeta META = RuleMeta.of(Other.class, "test-other", List.of(), List.of(), Level.A, Impact.MINOR)
        .withMessages(MESSAGE);

    @Override
    public RuleMeta meta() {
      return META;
    }

    @Override
    public void evaluate(RuleContext ctx, Outcomes out) {
      for (Element e : ctx.page().select("p.y")) out.expect(e, org.curbcut.snapshot.Tri.of(e.has("data-curbcut-y")), MESSAGE);
    }
  }

  record Mark(String rule, String attr) implements Fixer {
    @Override
    public FixAttempt attempt(RuleResult failure, FixContext ctx) {
      return new Repair(rule, failure.target(), List.of(SourceEdits.setAttribute(failure.target(), attr, "").orElseThrow()),
          "mark", "", "test", Confidence.CERTAIN);
    }
  }

  @Test
  void theRepairToBlameIsDroppedAndTheOthersKept() {
    String html = "<!doctype html><p class=y>Other</p><p class=x>Mark me</p><div><span>Elsewhere</span></div>";
    Auditor auditor = new Auditor(AuditOptions.defaults(), List.of(new Marked(), new Jealous(), new Other()));
    RepairEngine engine = new RepairEngine(auditor,
        List.of(new Mark("test-marked", "data-curbcut-x"), new Mark("test-other", "data-curbcut-y")), Confidence.CERTAIN);
    RepairResult r = engine.repair(HtmlSnapshot.parse(html, "t.html"), t -> HtmlSnapshot.parse(t, "t.html"));
    assertThat(r.newFailures()).isEmpty();
    assertThat(r.repairedText()).isEqualTo("<!doctype html><p class=y data-curbcut-y=\"\">Other</p><p class=x>Mark me</p>"
        + "<div><span>Elsewhere</span></div>");
    assertThat(r.outcomes()).extracting(o -> o.failure().rule().id() + " " + o.status())
        .containsExactlyInAnyOrder("test-other " + RepairStatus.FIXED_VERIFIED, "test-marked " + RepairStatus.NOT_REPAIRABLE);
    assertThat(RepairInvariants.check(r, t -> HtmlSnapshot.parse(t, "t.html"))).isEmpty();
  }
}
