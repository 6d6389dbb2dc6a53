package org.curbcut.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.rules.Deadline;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Test;

/**
 * The repair engine honours its deadline: between fixers, between rounds, and in the audits it
 * runs. Past it, it repairs nothing and says so by throwing {@link Deadline.Exceeded}, which no
 * fixer error handling swallows. No timing: the deadlines are cancelled by the test's own rules
 * and fixers.
 */
class RepairDeadlineTest {
  private static final String HTML = "<p>Hi</p>\n<img src=a.png>\n<img src=b.png>";

  private static Page parse(String text) {
    return HtmlSnapshot.parse(text, "t.html");
  }

  private static RepairEngine engine(Rule extra, Fixer... fixers) {
    List<Rule> rules = extra == null ? List.of(new RepairEngineTest.ImgNeedsAlt())
        : List.of(new RepairEngineTest.ImgNeedsAlt(), extra);
    return new RepairEngine(new Auditor(AuditOptions.defaults(), rules), List.of(fixers), Confidence.NEEDS_REVIEW);
  }

  /** Counts the fixer's attempts; cancels the repair's deadline on the first. */
  static final class CancellingFixer implements Fixer {
    final AtomicInteger attempts = new AtomicInteger();

    @Override
    public String rule() {
      return "test-img-alt";
    }

    @Override
    public FixAttempt attempt(RuleResult failure, FixContext ctx) {
      attempts.incrementAndGet();
      ctx.audit().deadline().cancel();
      return RepairEngineTest.altFixer(Confidence.CERTAIN, "").attempt(failure, ctx);
    }
  }

  @Test
  void anExpiredDeadlineRepairsNothing() {
    CancellingFixer fixer = new CancellingFixer();
    Deadline late = Deadline.in(java.time.Duration.ZERO);
    assertThatThrownBy(() -> engine(null, fixer).repair(parse(HTML), RepairDeadlineTest::parse, null, late))
        .isInstanceOf(Deadline.Exceeded.class)
        .satisfies(e -> assertThat(((Deadline.Exceeded) e).wasCancelled()).isFalse());
    assertThat(fixer.attempts).hasValue(0); // the first audit stopped: no fixer was asked
  }

  @Test
  void aCancelDuringAFixerStopsBeforeTheNextFixer() {
    CancellingFixer fixer = new CancellingFixer();
    assertThatThrownBy(() -> engine(null, fixer).repair(parse(HTML), RepairDeadlineTest::parse, null, Deadline.cancellable()))
        .isInstanceOf(Deadline.Exceeded.class)
        .satisfies(e -> assertThat(((Deadline.Exceeded) e).wasCancelled()).isTrue());
    assertThat(fixer.attempts).hasValue(1); // two failures, one attempt
  }

  @Test
  void theStopThrownByAFixerIsNotAFixerError() {
    Fixer stops = new Fixer() {
      @Override
      public String rule() {
        return "test-img-alt";
      }

      @Override
      public FixAttempt attempt(RuleResult failure, FixContext ctx) {
        ctx.audit().deadline().cancel();
        ctx.audit().checkDeadline(); // as the ARIA computations a fixer calls do
        throw new AssertionError("not reached");
      }
    };
    assertThatThrownBy(() -> engine(null, stops).repair(parse(HTML), RepairDeadlineTest::parse, null, Deadline.cancellable()))
        .isInstanceOf(Deadline.Exceeded.class);
  }

  @Test
  void aStopDuringTheReauditRepairsNothing() {
    // a rule that cancels the run the second time it is evaluated: in the audit of the repaired text
    AtomicInteger evaluations = new AtomicInteger();
    Rule cancelsOnReaudit = new Rule() {
      final RuleMeta meta = RuleMeta.of(RepairDeadlineTest.class, "test-watch", List.of(), List.of(), Level.A, Impact.MINOR);

      @Override
      public RuleMeta meta() {
        return meta;
      }

      @Override
      public void evaluate(RuleContext ctx, Outcomes out) {
        if (evaluations.incrementAndGet() == 2) ctx.deadline().cancel();
        out.passed(ctx.page().root());
      }
    };
    RepairEngine e = engine(cancelsOnReaudit, RepairEngineTest.altFixer(Confidence.CERTAIN, ""));
    assertThatThrownBy(() -> e.repair(parse(HTML), RepairDeadlineTest::parse, null, Deadline.cancellable()))
        .isInstanceOf(Deadline.Exceeded.class);
    assertThat(evaluations).hasValue(2);
    // the same engine, with time to spare, repairs both images
    RepairResult r = e.repair(parse(HTML), RepairDeadlineTest::parse, null, Deadline.cancellable());
    assertThat(r.repairedText()).isEqualTo("<p>Hi</p>\n<img src=a.png alt=\"\">\n<img src=b.png alt=\"\">");
  }
}
