package org.curbcut.internal.rules.text;

import java.util.List;
import java.util.Set;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * ARIA progress bars ({@code role=progressbar}) have a name (WCAG 1.1.1, as in axe-core). No ACT rule.
 * Applicability: elements whose explicit role (the {@code role} attribute) is also their
 * semantic role, included in the accessibility tree. Expectation: a non-empty accessible name.
 */
public final class AriaProgressbarName extends NonEmptyNameRule {
  private static final Set<String> ROLES = Set.of("progressbar");
  private static final RuleMeta META = RuleMeta.of(AriaProgressbarName.class, "aria-progressbar-name",
      List.of(), List.of("1.1.1"), Level.A, Impact.SERIOUS)
      .withMessages(TextChecks.NAME_MESSAGES);

  public AriaProgressbarName() {
    super(META);
  }

  @Override
  boolean applies(RuleContext ctx, Element e) {
    String role = TextChecks.role(ctx, e);
    return ROLES.contains(role) && ctx.aria().explicitRole(e).map(role::equals).orElse(false);
  }
}
