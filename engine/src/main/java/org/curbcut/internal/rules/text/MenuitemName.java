package org.curbcut.internal.rules.text;

import java.util.List;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * ACT m6b1q3 "Menuitem has non-empty accessible name".
 * Applicability: elements with the semantic role {@code menuitem} included in the accessibility
 * tree. Expectation: each has a non-empty accessible name.
 */
public final class MenuitemName extends NonEmptyNameRule {
  private static final RuleMeta META = RuleMeta.of(MenuitemName.class, "menuitem-name",
      List.of("m6b1q3"), List.of("4.1.2"), Level.A, Impact.SERIOUS)
      .withMessages(TextChecks.NAME_MESSAGES);

  public MenuitemName() {
    super(META);
  }

  @Override
  boolean applies(RuleContext ctx, Element e) {
    return TextChecks.role(ctx, e).equals("menuitem");
  }
}
