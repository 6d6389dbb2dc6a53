package org.curbcut.fix;

import org.curbcut.rules.RuleResult;

/** Turns the failed results of one rule into repairs. One small class per rule. */
public interface Fixer {
  /** The id of the rule this fixer repairs. */
  String rule();

  /** A repair for one failed result, or why there is none. */
  FixAttempt attempt(RuleResult failure, FixContext context);
}
