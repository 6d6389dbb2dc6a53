package org.curbcut.internal.rules.text;

import java.util.List;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * ACT 2t702h "Summary element has non-empty accessible name".
 * Applicability: HTML {@code summary} elements that are the summary of their parent
 * {@code details} (its first {@code summary} child), have no explicit role other than
 * {@code none}/{@code presentation} (which a focusable summary ignores), and are included in the
 * accessibility tree. Expectation: each has a non-empty accessible name.
 */
public final class SummaryName extends NonEmptyNameRule {
  private static final RuleMeta META = RuleMeta.of(SummaryName.class, "summary-name",
      List.of("2t702h"), List.of("4.1.2"), Level.A, Impact.SERIOUS)
      .withMessages(TextChecks.NAME_MESSAGES);

  public SummaryName() {
    super(META);
  }

  @Override
  boolean applies(RuleContext ctx, Element e) {
    if (!e.isHtml() || !e.is("summary")) return false;
    Element p = e.parent();
    if (p == null || !p.isHtml() || !p.is("details")) return false;
    if (p.childElements().filter(c -> c.isHtml() && c.is("summary")).findFirst().orElse(null) != e) return false;
    return e.attr("role").map(String::isBlank).orElse(true) || TextChecks.explicitlyPresentational(e);
  }
}
