package org.curbcut.internal.rules.text;

import java.util.List;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * ACT b49b2e "Heading is descriptive" (WCAG 2.4.6).
 * Applicability: elements with the semantic role {@code heading} included in the accessibility
 * tree with a non-empty accessible name (empty headings are {@link EmptyHeading}'s).
 * Expectation: the heading describes the topic or purpose of the content that follows it. That
 * is a human judgement: cantTell ("needs a person").
 */
public final class HeadingDescriptive extends NeedsPersonRule {
  private static final RuleMeta META = RuleMeta.of(HeadingDescriptive.class, "heading-descriptive",
      List.of("b49b2e"), List.of("2.4.6"), Level.AA, Impact.MODERATE)
      .withMessages(NEEDS_PERSON);

  public HeadingDescriptive() {
    super(META);
  }

  @Override
  boolean applies(RuleContext ctx, Element e) {
    return TextChecks.role(ctx, e).equals("heading") && exposedWithName(ctx, e);
  }
}
