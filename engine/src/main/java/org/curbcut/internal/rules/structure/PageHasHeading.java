package org.curbcut.internal.rules.structure;

import java.util.List;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
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
  static final MessageKey<Diagnostic> NO_HEADING = MessageKey.of("no-heading");
  static final MessageKey<Diagnostic> HEADING_MAYBE_HIDDEN = MessageKey.of("heading-maybe-hidden");
  private static final RuleMeta META = RuleMeta.of(PageHasHeading.class, "page-has-heading",
      List.of("047fe0"), List.of(), Level.BEST_PRACTICE, Impact.MODERATE)
      .withMessages(NO_HEADING, HEADING_MAYBE_HIDDEN, BypassVerdict.UNKNOWN_BLOCKS);

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
    if (heading.isTrue()) return BypassVerdict.PASSED;
    if (!m.hasBlocks()) return BypassVerdict.BLOCKS_UNKNOWN;
    if (!m.hasNonRepeatedAfterBlocks()) return BypassVerdict.PASSED;
    if (heading.isUnknown()) return new BypassVerdict(Outcome.CANT_TELL, HEADING_MAYBE_HIDDEN);
    return new BypassVerdict(Outcome.FAILED, NO_HEADING);
  }
}
