package org.curbcut.internal.fixers;

import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.rules.RuleResult;

/** tabindex-positive: {@code tabindex="0"}, so focus follows the reading order. */
final class TabindexFixer implements Fixer {
  @Override
  public String rule() {
    return "tabindex-positive";
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    return FixerSupport.setAttribute(rule(), failure.target(), "tabindex", "0",
        FixContext.message("tabindex.reading-order", failure.target().attrOr("tabindex", "")), Confidence.LIKELY);
  }
}
