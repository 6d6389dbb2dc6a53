package org.curbcut.internal.rules.text;

import java.util.List;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * ACT 5effbb "Link in context is descriptive" (WCAG 2.4.4).
 * Applicability: links (role link or inheriting from it) included in the accessibility tree with
 * a non-empty accessible name. Expectation: the name, together with the link's programmatically
 * determined context (sentence, paragraph, list item, table cell and headers, aria-describedby),
 * describes its purpose. That is a human judgement: cantTell ("needs a person").
 */
public final class LinkInContextDescriptive extends NeedsPersonRule {
  private static final RuleMeta META = RuleMeta.of(LinkInContextDescriptive.class, "link-in-context-descriptive",
      List.of("5effbb"), List.of("2.4.4"), Level.A, Impact.SERIOUS)
      .withMessages(NEEDS_PERSON);

  public LinkInContextDescriptive() {
    super(META);
  }

  @Override
  boolean applies(RuleContext ctx, Element e) {
    return RoleFacts.isA(TextChecks.role(ctx, e), "link") && exposedWithName(ctx, e);
  }
}
