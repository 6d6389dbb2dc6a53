package org.curbcut.rules.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.curbcut.rules.testing.RuleAssertions.assertThat;
import static org.curbcut.rules.testing.RuleAssertions.audit;

import java.util.List;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.junit.jupiter.api.Test;

/** The assertions themselves: each one fails when what it states is not exactly what the rule said. */
class RuleAuditAssertTest {

  /** Fails every {@code p.bad}, passes every other {@code p}, can't tell {@code p.unsure}, twice on {@code p.twice}. */
  static final class ParagraphRule implements Rule {
    static final MessageKey<Diagnostic> MISSING = MessageKey.of("missing", e -> new Object[] {"<p>"});
    static final MessageKey<Diagnostic> MAYBE_HIDDEN = MessageKey.of("maybe-hidden", e -> new Object[] {"<p>"});
    static final MessageKey<Diagnostic> NO_SUCH_KEY = MessageKey.of("no-such-key");
    private static final RuleMeta META = RuleMeta.of(ParagraphRule.class, "paragraph-test", List.of(), List.of("1.1.1"),
        Level.A, Impact.CRITICAL).withMessages(MISSING, MAYBE_HIDDEN, NO_SUCH_KEY);

    @Override
    public RuleMeta meta() {
      return META;
    }

    @Override
    public void evaluate(RuleContext ctx, Outcomes out) {
      for (Element e : ctx.allElements()) {
        if (!e.is("p")) continue;
        String c = e.attrOr("class", "");
        if (c.equals("bad")) out.failed(e, MISSING);
        else if (c.equals("unsure")) out.cantTell(e, MAYBE_HIDDEN);
        else if (c.equals("twice")) {
          out.passed(e);
          out.failed(e, MISSING);
        } else if (c.equals("nokey")) out.failed(e, NO_SUCH_KEY);
        else out.passed(e);
      }
    }
  }

  private final Rule rule = new ParagraphRule();

  @Test
  void statesEachTargetExactly() {
    assertThat(audit(rule, "<p id=a class=bad>x</p><p id=b>y</p><p id=c class=unsure>z</p><div id=d></div>"))
        .failed("#a", "missing")
        .passed("#b")
        .cantTell("#c", "maybe-hidden")
        .inapplicable("#d")
        .andNoOtherTargets();
    assertThat(audit(rule, "<div>no paragraph</div>")).inapplicable();
  }

  @Test
  void aWrongOutcomeOrKeyFails() {
    RuleAudit a = audit(rule, "<p id=a class=bad>x</p><p id=b>y</p>");
    assertThatThrownBy(() -> assertThat(a).passed("#a")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected exactly 'passed' for #a").hasMessageContaining("failed missing at #a");
    assertThatThrownBy(() -> assertThat(a).failed("#a", "maybe-hidden")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(a).cantTell("#a", "missing")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(a).failed("#b", "missing")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(a).inapplicable("#b")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(a).inapplicable()).isInstanceOf(AssertionError.class);
  }

  @Test
  void twoResultsOnOneTargetAreNotOne() {
    RuleAudit a = audit(rule, "<p id=a class=twice>x</p>");
    assertThatThrownBy(() -> assertThat(a).failed("#a", "missing")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(a).passed("#a")).isInstanceOf(AssertionError.class);
  }

  @Test
  void aTargetNoAssertionNamedFailsTheEnd() {
    RuleAudit a = audit(rule, "<p id=a class=bad>x</p><p id=b>y</p>");
    assertThatThrownBy(() -> assertThat(a).failed("#a", "missing").andNoOtherTargets())
        .isInstanceOf(AssertionError.class).hasMessageContaining("passed at #b");
  }

  @Test
  void aSelectorMustNameExactlyOneElement() {
    RuleAudit a = audit(rule, "<p class=bad>x</p><p class=bad>y</p>");
    assertThatThrownBy(() -> assertThat(a).failed("p", "missing")).hasMessageContaining("names 2 elements");
    assertThatThrownBy(() -> assertThat(a).failed("#nowhere", "missing")).hasMessageContaining("names 0 elements");
  }

  @Test
  void aKeyWithoutAMessageFails() {
    assertThatThrownBy(() -> assertThat(audit(rule, "<p id=a class=nokey>x</p>")).failed("#a", "no-such-key"))
        .hasMessageContaining("has no message");
  }

  @Test
  void findsTargetsInSrcdocFrames() {
    assertThat(audit(rule, "<iframe srcdoc=\"<p id=a class=bad>x</p>\"></iframe>")).failed("#a", "missing")
        .andNoOtherTargets();
  }
}
