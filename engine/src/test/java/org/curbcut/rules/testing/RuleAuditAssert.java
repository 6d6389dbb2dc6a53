package org.curbcut.rules.testing;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;

/**
 * Exact assertions on what one rule reported, per target. Each target is named by a CSS selector
 * that must match exactly one element, and each assertion says everything the rule reported for
 * that element: {@code failed("#a", KEY)} holds when the rule reported exactly one result for
 * {@code #a}, a failure with the message key {@code KEY} (whose message exists in the rule's
 * bundle). {@link #andNoOtherTargets()} then says that no other element was reported.
 */
public final class RuleAuditAssert extends AbstractAssert<RuleAuditAssert, RuleAudit> {
  private final Set<Element> named = Collections.newSetFromMap(new IdentityHashMap<>());

  RuleAuditAssert(RuleAudit actual) {
    super(actual, RuleAuditAssert.class);
  }

  /** The rule reported exactly one result for the target: passed. */
  public RuleAuditAssert passed(String target) {
    return exactly(target, Outcome.PASSED, "passed");
  }

  /** The rule reported exactly one result for the target: failed, with this message key. */
  public RuleAuditAssert failed(String target, String messageKey) {
    return exactly(target, Outcome.FAILED, messageKey);
  }

  /** The rule reported exactly one result for the target: cantTell, with this message key. */
  public RuleAuditAssert cantTell(String target, String messageKey) {
    return exactly(target, Outcome.CANT_TELL, messageKey);
  }

  /** The target exists and the rule reported nothing for it. */
  public RuleAuditAssert inapplicable(String target) {
    Element e = actual.target(target);
    named.add(e);
    List<RuleResult> on = actual.on(e);
    if (!on.isEmpty()) {
      failWithMessage("%s: expected nothing reported for %s, but got:%n%s%nAll results:%n%s",
          rule(), target, lines(on), actual.describe());
    }
    return this;
  }

  /** The rule reported nothing at all for the page. */
  public RuleAuditAssert inapplicable() {
    if (!actual.results().isEmpty()) {
      failWithMessage("%s: expected inapplicable (nothing reported), but got:%n%s", rule(), actual.describe());
    }
    return this;
  }

  /** Every element the rule reported was named by an assertion before this one. */
  public RuleAuditAssert andNoOtherTargets() {
    List<RuleResult> others = actual.results().stream().filter(r -> !named.contains(r.target())).toList();
    if (!others.isEmpty()) {
      failWithMessage("%s: results for targets no assertion named:%n%s%nAll results:%n%s",
          rule(), lines(others), actual.describe());
    }
    return this;
  }

  private RuleAuditAssert exactly(String target, Outcome outcome, String messageKey) {
    Element e = actual.target(target);
    named.add(e);
    List<RuleResult> on = actual.on(e);
    boolean ok = on.size() == 1 && on.get(0).outcome() == outcome && on.get(0).messageKey().equals(messageKey);
    if (!ok) {
      String want = outcome.act() + (outcome == Outcome.PASSED ? "" : " " + messageKey);
      failWithMessage("%s: expected exactly '%s' for %s, but got:%n%s%nAll results:%n%s",
          rule(), want, target, on.isEmpty() ? "  (nothing)" : lines(on), actual.describe());
    }
    if (outcome != Outcome.PASSED) {
      String message = on.get(0).message();
      if (message.equals(actual.rule().meta().id() + "." + messageKey)) {
        failWithMessage("%s: the message key '%s' has no message in the rule's bundle", rule(), messageKey);
      }
    }
    return this;
  }

  private String rule() {
    return actual.rule().meta().id();
  }

  private static String lines(List<RuleResult> results) {
    return String.join("\n", results.stream().map(RuleAudit::describe).toList());
  }
}
