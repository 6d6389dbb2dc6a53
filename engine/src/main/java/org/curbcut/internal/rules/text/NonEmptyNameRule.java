package org.curbcut.internal.rules.text;

import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * The shape most rules of this package share: every element of every document of the page
 * (srcdoc frames included) that {@link #applies} and is included in the accessibility tree must
 * have a non-empty accessible name. Message keys: {@code missing}, {@code name-unknown},
 * {@code maybe-hidden}, each with the element's description as argument 0.
 */
abstract class NonEmptyNameRule implements Rule {
  private final RuleMeta meta;

  NonEmptyNameRule(RuleMeta meta) {
    this.meta = meta;
  }

  @Override
  public final RuleMeta meta() {
    return meta;
  }

  /** Applicability apart from inclusion in the accessibility tree (which this class checks). */
  abstract boolean applies(RuleContext ctx, Element e);

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (applies(ctx, e)) TextChecks.expectName(ctx, e, out);
    }
  }
}
