package org.curbcut.internal.rules.structure;

import java.util.List;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;

/**
 * ACT 047fe0 "Document has heading for non-repeated content" (an input of bypass, cf77f2).
 * Applicability: an HTML page. Expectation: the non-repeated content after repeated content
 * starts with a heading that is visible and in the accessibility tree. Curbcut passes when such a
 * heading sits outside the repeated blocks and after the first of them ({@link BypassModel}),
 * fails when none does and content follows the blocks, and cannot tell without repeated blocks.
 */
public final class PageHasHeading implements Rule {
  private static final RuleMeta META = RuleMeta.of(PageHasHeading.class, "page-has-heading",
      List.of("047fe0"), List.of(), Level.BEST_PRACTICE, Impact.MODERATE);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    if (!Markup.isHtmlPage(ctx.page())) return;
    BypassVerdict v = verdict(BypassModel.of(ctx));
    Bypass.report(out, ctx.page().root(), v.outcome(), v.key());
  }

  static BypassVerdict verdict(BypassModel m) {
    Tri heading = Tri.FALSE;
    int first = m.hasBlocks() ? m.firstBlockPos() : -1;
    for (Element e : m.page.elements()) {
      if (Markup.inTemplate(e) || !Markup.role(m.aria, e).map("heading"::equals).orElse(false)) continue;
      if (m.inBlock(e) || m.pos(e) < first) continue;
      heading = heading.or(Markup.offScreen(e) ? Tri.FALSE : Markup.visibleAndExposed(m.aria, e));
    }
    if (heading.isTrue()) return new BypassVerdict(Outcome.PASSED, "");
    if (!m.hasBlocks()) return new BypassVerdict(Outcome.CANT_TELL, "unknown-blocks");
    if (!m.hasNonRepeatedAfterBlocks()) return new BypassVerdict(Outcome.PASSED, "");
    if (heading.isUnknown()) return new BypassVerdict(Outcome.CANT_TELL, "heading-maybe-hidden");
    return new BypassVerdict(Outcome.FAILED, "no-heading");
  }
}
