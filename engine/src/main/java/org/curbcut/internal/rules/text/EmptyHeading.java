package org.curbcut.internal.rules.text;

import java.util.List;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * ACT ffd0e9 "Heading has non-empty accessible name".
 * Applicability: elements with the semantic role {@code heading} included in the accessibility
 * tree. Expectation: each has a non-empty accessible name.
 *
 * <p>Level: the ACT rule maps to the ARIA author requirement on names only, not to a WCAG
 * success criterion, so this is a best practice with no WCAG mapping (an empty heading still
 * costs screen-reader users a stop in the heading list that says nothing).
 */
public final class EmptyHeading extends NonEmptyNameRule {
  private static final RuleMeta META = RuleMeta.of(EmptyHeading.class, "empty-heading",
      List.of("ffd0e9"), List.of(), Level.BEST_PRACTICE, Impact.MINOR)
      .withMessages(TextChecks.NAME_MESSAGES);

  public EmptyHeading() {
    super(META);
  }

  @Override
  boolean applies(RuleContext ctx, Element e) {
    return TextChecks.role(ctx, e).equals("heading");
  }
}
