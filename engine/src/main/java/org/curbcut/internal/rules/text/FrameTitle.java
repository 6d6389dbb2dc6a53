package org.curbcut.internal.rules.text;

import java.util.List;
import org.curbcut.internal.rules.commons.Tabindex;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * ACT cae760 "Iframe element has non-empty accessible name".
 * Applicability: HTML {@code iframe} elements included in the accessibility tree, except those
 * taken out of the tab order with a negative {@code tabindex} and those marked presentational
 * with {@code role="none"} / {@code "presentation"}.
 * Expectation: each has a non-empty accessible name ({@code title}, {@code aria-label} or
 * {@code aria-labelledby}; the {@code name} attribute does not count).
 */
public final class FrameTitle extends NonEmptyNameRule {
  private static final RuleMeta META = RuleMeta.of(FrameTitle.class, "frame-title",
      List.of("cae760"), List.of("4.1.2"), Level.A, Impact.SERIOUS)
      .withMessages(TextChecks.NAME_MESSAGES);

  public FrameTitle() {
    super(META);
  }

  @Override
  boolean applies(RuleContext ctx, Element e) {
    if (!e.isHtml() || !e.is("iframe")) return false;
    if (TextChecks.explicitlyPresentational(e)) return false;
    return !Tabindex.isNegative(e);
  }

}
