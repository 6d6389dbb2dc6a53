package org.curbcut.internal.rules.text;

import java.util.List;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * ACT fd3a94 "Links with identical accessible names and same context serve equivalent purpose"
 * (WCAG 2.4.4). Applicability: every set of two or more links included in the accessibility
 * tree with the same non-empty accessible name and the same programmatically determined context,
 * read here as the same closest block-level ancestor (paragraph, list item, table cell, ...).
 * Expectation: the links of a set serve an equivalent purpose: passed when they all lead to the
 * same URL, otherwise a person must compare the destinations (cantTell).
 */
public final class IdenticalLinksSameContext implements Rule {
  private static final RuleMeta META = RuleMeta.of(IdenticalLinksSameContext.class, "identical-links-same-context",
      List.of("fd3a94"), List.of("2.4.4"), Level.A, Impact.MODERATE)
      .withMessages(SameNameLinks.NEEDS_PERSON);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    SameNameLinks.evaluate(ctx, out, IdenticalLinksSameContext::context);
  }

  /** The closest ancestor that may be a block box (its identity), or the page when none. */
  static Object context(Element link) {
    for (Element x = link.parent(); x != null; x = x.parent()) {
      if (x.isHtml() && !VisibleText.isBlock(x).isFalse()) return x;
    }
    return link.page();
  }
}
