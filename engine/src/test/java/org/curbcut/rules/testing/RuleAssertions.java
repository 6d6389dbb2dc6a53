package org.curbcut.rules.testing;

import org.curbcut.rules.Rule;
import org.curbcut.snapshot.Page;

/**
 * Entry points of the per-target rule assertions:
 * {@code assertThat(audit(rule, "<img id=a src=x>")).failed("#a", "missing")}.
 */
public final class RuleAssertions {
  private RuleAssertions() {}

  /** Runs one rule over one HTML string (parsed as the file {@code fixture.html}). */
  public static RuleAudit audit(Rule rule, String html) {
    return RuleAudit.of(rule, html);
  }

  /** Runs one rule over a page the test built (with style sheets, render facts…). */
  public static RuleAudit audit(Rule rule, Page page) {
    return RuleAudit.of(rule, page);
  }

  public static RuleAuditAssert assertThat(RuleAudit audit) {
    return new RuleAuditAssert(audit);
  }
}
