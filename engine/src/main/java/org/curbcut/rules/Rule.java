package org.curbcut.rules;

/**
 * One accessibility rule in the shape of the W3C ACT Rules Format: it finds its applicable targets
 * and reports for each one passed, failed or cantTell. Rules read the snapshot and ARIA
 * semantics only; they never see a parser or a browser.
 */
public interface Rule {
  RuleMeta meta();

  void evaluate(RuleContext context, Outcomes outcomes);
}
