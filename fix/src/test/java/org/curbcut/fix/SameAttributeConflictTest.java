package org.curbcut.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.audit.AuditOptions;
import org.curbcut.rules.RuleResult;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.junit.jupiter.api.Test;

/** Two repairs that each add the same attribute to one start tag conflict: one is kept, the other says why. */
class SameAttributeConflictTest {
  private static final String PAGE = "<!doctype html><html lang=en><head><title>T</title></head><body><main><form>"
      + "<label for=z>ZIP</label><input id=z name=zip pattern='\\d{5}' maxlength=5><p id=a>Digits only</p><p id=b>Up to 5</p>"
      + "</form></main></body></html>";

  /** A fixer that points aria-describedby at one id. */
  private static Fixer describedBy(String rule, String id) {
    return new Fixer() {
      @Override
      public String rule() {
        return rule;
      }

      @Override
      public FixAttempt attempt(RuleResult failure, FixContext ctx) {
        Edit e = SourceEdits.setAttribute(failure.target(), "aria-describedby", id).orElseThrow();
        return new Repair(rule, failure.target(), List.of(e), "set aria-describedby", id, "test", Confidence.LIKELY);
      }
    };
  }

  @Test
  void theSecondRepairAddingTheSameAttributeIsRejectedAsAConflict() {
    RepairEngine engine = new RepairEngine(AuditOptions.defaults(),
        List.of(describedBy("pattern-has-hint", "a"), describedBy("constraint-has-hint", "b")), Confidence.NEEDS_REVIEW);
    RepairResult r = engine.repair(HtmlSnapshot.parse(PAGE, "t.html"), t -> HtmlSnapshot.parse(t, "t.html"));
    assertThat(r.repairedText()).contains("maxlength=5 aria-describedby=\"a\"><p id=a>");
    assertThat(r.repairedText()).doesNotContain("aria-describedby=\"b\"");
    RepairOutcome second = r.outcomes().stream().filter(o -> o.failure().rule().id().equals("constraint-has-hint")).findFirst().orElseThrow();
    assertThat(second.status()).isEqualTo(RepairStatus.NOT_REPAIRABLE);
    assertThat(second.reason()).isEqualTo(FixContext.message("engine.conflict"));
  }

  @Test
  void differentAttributesAtOnePlaceDoNotConflict() {
    assertThat(TextPatch.conflicts(List.of(Edit.insert(5, " role=\"button\"")), List.of(Edit.insert(5, " tabindex=\"0\"")))).isFalse();
    assertThat(TextPatch.conflicts(List.of(Edit.insert(5, " ROLE=\"x\"")), List.of(Edit.insert(5, " role=\"y\"")))).isTrue();
    assertThat(TextPatch.conflicts(List.of(Edit.insert(5, " <span>a</span>")), List.of(Edit.insert(5, " <span>b</span>")))).isFalse();
  }
}
