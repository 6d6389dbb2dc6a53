package org.curbcut.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.rules.Deadline;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleCatalog;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Test;

/**
 * An audit honours its deadline: it stops between rules and inside the ARIA computations, keeps
 * what the rules that finished found, and says which rules did not run. No timing is asserted:
 * the deadlines here are already past, or cancelled by a rule.
 */
class AuditorDeadlineTest {
  private static final Page PAGE = HtmlSnapshot.parse(
      "<!DOCTYPE html><html><head><title>t</title></head><body><img src=a.png><p>x</p></body></html>", "a.html");

  /** A rule made for the test: passes the root, after doing what it is given (counted). */
  static final class TestRule implements Rule {
    final RuleMeta meta;
    final BiConsumer<RuleContext, Outcomes> body;
    int runs;

    TestRule(String id, BiConsumer<RuleContext, Outcomes> body) {
      this.meta = RuleMeta.of(AuditorDeadlineTest.class, id, List.of(), List.of("4.1.2"), Level.A, Impact.MINOR);
      this.body = body;
    }

    @Override
    public RuleMeta meta() {
      return meta;
    }

    @Override
    public void evaluate(RuleContext ctx, Outcomes out) {
      runs++;
      body.accept(ctx, out);
      out.passed(ctx.page().root());
    }
  }

  private static TestRule passing(String id) {
    return new TestRule(id, (ctx, out) -> { });
  }

  private static Auditor auditor(Rule... rules) {
    return new Auditor(AuditOptions.defaults(), List.of(rules));
  }

  @Test
  void anExpiredDeadlineRunsNoRuleAndClaimsNothing() {
    TestRule first = passing("test-first");
    Rule lang = RuleCatalog.byId("html-has-lang").orElseThrow();
    PageReport r = auditor(first, lang).audit(PAGE, Deadline.in(Duration.ZERO));

    assertThat(first.runs).isZero();
    assertThat(r.stopped()).isTrue();
    assertThat(r.complete()).isFalse();
    assertThat(r.incomplete().reason()).isEqualTo(Incomplete.Reason.TIME_LIMIT);
    assertThat(r.incomplete().rulesNotRun()).containsExactly("test-first", "html-has-lang");
    assertThat(r.ruleOutcomes()).isEmpty();
    assertThat(r.findings()).isEmpty();
    assertThat(r.results()).isEmpty();
    assertThat(r.error()).isNull();
  }

  @Test
  void aCancelFromARuleStopsBeforeTheNextRule() {
    TestRule before = passing("test-before");
    TestRule cancels = new TestRule("test-cancels", (ctx, out) -> ctx.deadline().cancel());
    TestRule after = passing("test-after");
    PageReport r = auditor(before, cancels, after).audit(PAGE, Deadline.cancellable());

    assertThat(after.runs).isZero();
    assertThat(r.incomplete().reason()).isEqualTo(Incomplete.Reason.CANCELLED);
    // the rule during which the stop came is not kept: it may have decided on part of the page
    assertThat(r.incomplete().rulesNotRun()).containsExactly("test-cancels", "test-after");
    assertThat(r.ruleOutcomes()).containsOnlyKeys("test-before");
    assertThat(r.ruleOutcomes().get("test-before")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void theStopThrownInsideARuleIsNotAnInternalError() {
    TestRule stops = new TestRule("test-stops", (ctx, out) -> {
      ctx.deadline().cancel();
      ctx.checkDeadline();
    });
    TestRule after = passing("test-after");
    PageReport r = auditor(stops, after).audit(PAGE, Deadline.cancellable());

    assertThat(r.findings()).isEmpty(); // no cantTell "internal error" for the stop
    assertThat(r.results()).isEmpty();
    assertThat(r.incomplete().rulesNotRun()).containsExactly("test-stops", "test-after");
    assertThat(after.runs).isZero();
  }

  @Test
  void aRuleThatSwallowsTheStopHasItsResultsDropped() {
    TestRule swallows = new TestRule("test-swallows", (ctx, out) -> {
      ctx.deadline().cancel();
      try {
        ctx.checkDeadline();
      } catch (RuntimeException ignored) {
        // a careless rule: it goes on and would report passed
      }
    });
    PageReport r = auditor(swallows).audit(PAGE, Deadline.cancellable());

    assertThat(r.ruleOutcomes()).isEmpty();
    assertThat(r.results()).isEmpty();
    assertThat(r.incomplete().rulesNotRun()).containsExactly("test-swallows");
  }

  @Test
  void aBugInARuleIsStillAnInternalErrorAndTheAuditGoesOn() {
    TestRule broken = new TestRule("test-broken", (ctx, out) -> {
      throw new IllegalStateException("bug");
    });
    TestRule after = passing("test-after");
    PageReport r = auditor(broken, after).audit(PAGE, Deadline.cancellable());

    assertThat(r.stopped()).isFalse();
    assertThat(r.complete()).isTrue();
    assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.CANT_TELL));
    assertThat(r.ruleOutcomes()).containsOnlyKeys("test-broken", "test-after");
  }

  @Test
  void withoutADeadlineEveryRuleRuns() {
    TestRule a = passing("test-a");
    TestRule b = passing("test-b");
    PageReport r = auditor(a, b).audit(PAGE);
    assertThat(r.stopped()).isFalse();
    assertThat(r.incomplete()).isNull();
    assertThat(r.ruleOutcomes()).containsOnlyKeys("test-a", "test-b");
  }

  @Test
  void theAccessibleNameComputationChecksTheDeadline() {
    // one button whose name comes from a thousand descendants: a single long computation
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=en><title>t</title><button id=b>");
    for (int i = 0; i < 1000; i++) html.append("<span>w").append(i).append("</span>");
    Page page = HtmlSnapshot.parse(html.append("</button>").toString(), "names.html");
    Element button = page.select("#b").get(0);
    Deadline deadline = Deadline.cancellable();
    RuleContext ctx = new RuleContext(page, deadline);
    deadline.cancel();
    assertThatThrownBy(() -> ctx.aria().name(button)).isInstanceOf(Deadline.Exceeded.class);
    // without a deadline the same computation completes
    assertThat(new RuleContext(page).aria().name(button).value()).startsWith("w0w1w2").endsWith("w999");
  }

  @Test
  void theAccessibilityTreeWalkChecksTheDeadline() {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=en><title>t</title><ul id=l>");
    for (int i = 0; i < 500; i++) html.append("<div><li>item</li></div>");
    Page page = HtmlSnapshot.parse(html.append("</ul>").toString(), "tree.html");
    Element list = page.select("#l").get(0);
    Deadline deadline = Deadline.cancellable();
    RuleContext ctx = new RuleContext(page, deadline);
    deadline.cancel();
    assertThatThrownBy(() -> ctx.aria().tree().children(list)).isInstanceOf(Deadline.Exceeded.class);
  }

  @Test
  void aStoppedAuditOfTheWholeCatalogueKeepsOnlyRulesThatFinished() {
    List<Rule> catalogue = new ArrayList<>(new Auditor(AuditOptions.defaults()).rules());
    TestRule cancels = new TestRule("test-cancels", (ctx, out) -> ctx.deadline().cancel());
    catalogue.add(3, cancels);
    PageReport r = new Auditor(AuditOptions.defaults(), catalogue).audit(PAGE, Deadline.cancellable());

    List<String> ran = catalogue.subList(0, 3).stream().map(x -> x.meta().id()).toList();
    assertThat(r.ruleOutcomes().keySet()).containsExactlyElementsOf(ran);
    assertThat(r.incomplete().rulesNotRun()).hasSize(catalogue.size() - 3).startsWith("test-cancels");
    assertThat(r.findings()).allSatisfy(f -> assertThat(ran).contains(f.rule()));
  }
}
