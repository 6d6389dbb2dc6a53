package org.curbcut.fix.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.curbcut.Curbcut;
import org.curbcut.audit.PageReport;
import org.curbcut.fix.RepairRequest;
import org.curbcut.fix.RepairedPage;
import org.curbcut.input.PageInput;
import org.curbcut.rules.RuleError;
import org.curbcut.testkit.AdversarialPages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The engine is never the way to take a site down: each adversarial shape, at the size that used
 * to hang the engine or exhaust its memory, is audited and repaired to the end within a generous
 * deadline, with no rule failing on it (a stack overflow on a deep page is an internal error).
 * Speed itself is measured by {@code bench/…/ScaleBench}, not here.
 */
class AdversarialShapesTest {
  /** Far above what each shape takes (a few seconds on two shared cores), far below "hangs". */
  private static final Duration GENEROUS = Duration.ofSeconds(90);
  private static final Curbcut CURBCUT = Curbcut.builder().withoutStandardDescribers().pageTimeout(GENEROUS).build();

  @ParameterizedTest
  @EnumSource(AdversarialPages.class)
  void auditFinishesWithEveryRuleRun(AdversarialPages shape) {
    PageReport report = CURBCUT.audit(Curbcut.parse(shape.html(), shape.label() + ".html"));

    assertThat(report.stopped()).as("%s stopped at the time limit", shape.label()).isFalse();
    assertThat(report.complete()).isTrue();
    assertThat(report.results()).as("internal errors on %s", shape.label())
        .noneMatch(r -> r.diagnostic().filter(RuleError.class::isInstance).isPresent());
  }

  @ParameterizedTest
  @EnumSource(AdversarialPages.class)
  void repairFinishes(AdversarialPages shape) {
    RepairedPage repaired = CURBCUT.repair(PageInput.ofText(shape.html(), shape.label() + ".html"), RepairRequest.defaults());

    assertThat(repaired.stopped()).as("%s repair stopped at the time limit", shape.label()).isFalse();
    assertThat(repaired.ok()).as("%s: %s", shape.label(), repaired.error().orElse("")).isTrue();
    repaired.after().ifPresent(after -> assertThat(after.results())
        .noneMatch(r -> r.diagnostic().filter(RuleError.class::isInstance).isPresent()));
  }
}
