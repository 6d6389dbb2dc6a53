package org.curbcut.internal.rules.structure;

import java.util.List;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;

/**
 * Real-site check (no ACT rule; axe-core "landmark-banner-is-top-level"): a banner landmark is
 * not inside another landmark. (A {@code header} inside a sectioning element is not a banner.)
 */
public final class LandmarkBannerIsTopLevel implements Rule {
  private static final RuleMeta META = RuleMeta.of(LandmarkBannerIsTopLevel.class, "landmark-banner-is-top-level",
      List.of(), List.of(), Level.BEST_PRACTICE, Impact.MODERATE)
      .withMessages(Landmarks.NESTED);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    Landmarks.checkTopLevel(ctx, out, "banner");
  }
}
