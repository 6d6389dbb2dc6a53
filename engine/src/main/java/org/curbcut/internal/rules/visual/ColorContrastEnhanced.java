package org.curbcut.internal.rules.visual;

import java.util.List;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;

/**
 * ACT 09o5cg "Text has enhanced contrast" (WCAG 1.4.6, AAA). Same applicability and computation as
 * {@link ColorContrast}; expectation: at least 7:1, or 4.5:1 for large-scale text.
 */
public final class ColorContrastEnhanced implements Rule {
  private static final RuleMeta META = RuleMeta.of(ColorContrastEnhanced.class, "color-contrast-enhanced",
      List.of("09o5cg"), List.of("1.4.6"), Level.AAA, Impact.MODERATE)
      .withMessages(ColorContrast.MESSAGES);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    ColorContrast.report(ctx, out, 7, 4.5);
  }
}
