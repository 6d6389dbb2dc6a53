package org.curbcut.internal.rules.text;

import java.util.List;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * ACT aizyf1 "Link is descriptive" (WCAG 2.4.9, AAA).
 * Applicability: links (role link or inheriting from it) included in the accessibility tree with
 * a non-empty accessible name. Expectation: the name alone describes the link's purpose. That is
 * a human judgement: cantTell ("needs a person").
 */
public final class LinkDescriptive extends NeedsPersonRule {
  private static final RuleMeta META = RuleMeta.of(LinkDescriptive.class, "link-descriptive",
      List.of("aizyf1"), List.of("2.4.9"), Level.AAA, Impact.MODERATE)
      .withMessages(NEEDS_PERSON);

  public LinkDescriptive() {
    super(META);
  }

  @Override
  boolean applies(RuleContext ctx, Element e) {
    return RoleFacts.isA(TextChecks.role(ctx, e), "link") && exposedWithName(ctx, e);
  }
}
