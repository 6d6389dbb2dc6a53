package org.curbcut.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;

/** Collects what a rule found. A target a rule never reports is inapplicable. */
public final class Outcomes {
  private final RuleMeta rule;
  private final List<RuleResult> results = new ArrayList<>();

  public Outcomes(RuleMeta rule) {
    this.rule = rule;
  }

  public void passed(Element target) {
    results.add(new RuleResult(rule, target, Outcome.PASSED, "passed", new Object[0]));
  }

  public void failed(Element target, String messageKey, Object... args) {
    results.add(new RuleResult(rule, target, Outcome.FAILED, messageKey, args));
  }

  public void cantTell(Element target, String messageKey, Object... args) {
    results.add(new RuleResult(rule, target, Outcome.CANT_TELL, messageKey, args));
  }

  /**
   * Reports a three-valued expectation: TRUE passes, FALSE fails, UNKNOWN can't tell; both
   * messages use {@code messageKey}.
   */
  public void expect(Element target, Tri satisfied, String messageKey, Object... args) {
    switch (satisfied) {
      case TRUE -> passed(target);
      case FALSE -> failed(target, messageKey, args);
      case UNKNOWN -> cantTell(target, messageKey, args);
    }
  }

  public List<RuleResult> results() {
    return Collections.unmodifiableList(results);
  }
}
