package org.curbcut.internal.rules.text;

import java.util.List;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;

/**
 * ACT b20e66 "Links with identical accessible names have equivalent purpose" (WCAG 2.4.9, AAA).
 * Applicability: every set of two or more links (role link or inheriting from it) of the page,
 * included in the accessibility tree, with the same non-empty accessible name (ignoring case and
 * white space). Expectation: the links of a set serve an equivalent purpose. Markup decides only
 * when they all lead to the same URL (passed); otherwise a person must compare the destinations
 * (cantTell).
 */
public final class IdenticalLinksSamePurpose implements Rule {
  private static final RuleMeta META = RuleMeta.of(IdenticalLinksSamePurpose.class, "identical-links-same-purpose",
      List.of("b20e66"), List.of("2.4.9"), Level.AAA, Impact.MINOR)
      .withMessages(SameNameLinks.NEEDS_PERSON);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    SameNameLinks.evaluate(ctx, out, e -> "page");
  }
}
