package org.curbcut.internal.fixers;

import java.util.Optional;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.rules.HeaderScope;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;

/**
 * th-has-scope: writes the scope a header cell's position decides — {@code col} for a header of the
 * first row or of a {@code thead}, {@code row} for a header in the first column of a row of data —
 * as the rule found it (its diagnostic, {@link HeaderScope}). An invalid scope value is replaced only
 * when the position decides the direction; otherwise a person chooses.
 *
 * <p>Confidence: certain when every header cell of the table is in its first row, or every one in
 * its first column (one axis: the direction cannot be anything else); likely when the table has
 * headers on both axes or elsewhere.
 */
final class ThScopeFixer implements Fixer {
  @Override
  public String rule() {
    return "th-has-scope";
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    Element th = failure.target();
    Optional<HeaderScope> found = failure.diagnostic(HeaderScope.class);
    String scope = found.map(HeaderScope::decided).orElse(null);
    if (scope == null || !scope.equals("col") && !scope.equals("row")) {
      return FixerSupport.needsPerson(rule(), th, "th-scope.needs-person");
    }
    boolean oneAxis = found.get().oneAxis();
    String provenance = FixContext.message(scope.equals("col") ? "th-scope.provenance.col" : "th-scope.provenance.row")
        + (oneAxis ? FixContext.message("th-scope.provenance.one-axis") : "");
    return FixerSupport.setAttribute(rule(), th, "scope", scope, provenance, oneAxis ? Confidence.CERTAIN : Confidence.LIKELY);
  }
}
