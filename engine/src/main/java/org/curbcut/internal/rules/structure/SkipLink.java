package org.curbcut.internal.rules.structure;

import java.util.List;
import java.util.Map;
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

/**
 * ACT ye5d6e "Document has an instrument to move focus to non-repeated content" (an input of
 * bypass, cf77f2). Applicability: an HTML page. Expectation: an instrument (an in-page link, or a
 * control whose click handler names an in-page target) moves focus to just before the
 * non-repeated content. Curbcut passes when such a target exists outside the repeated blocks;
 * fails when repeated blocks are followed by content and no instrument exists on a page without
 * scripts; otherwise cannot tell.
 */
public final class SkipLink implements Rule {
  static final MessageKey<Diagnostic> NO_SKIP_LINK = MessageKey.of("no-skip-link");
  static final MessageKey<Diagnostic> SCRIPT = MessageKey.of("script");
  private static final RuleMeta META = RuleMeta.of(SkipLink.class, "skip-link",
      List.of("ye5d6e"), List.of(), Level.BEST_PRACTICE, Impact.MODERATE)
      .withMessages(NO_SKIP_LINK, SCRIPT, BypassVerdict.UNKNOWN_BLOCKS);

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
    for (Map.Entry<Element, Element> i : m.instruments().entrySet()) {
      if (m.skipsToContent(i.getValue())) return BypassVerdict.PASSED;
    }
    if (!m.hasBlocks()) return BypassVerdict.BLOCKS_UNKNOWN;
    if (!m.hasNonRepeatedAfterBlocks()) return BypassVerdict.PASSED;
    if (Markup.hasScripting(m.ctx, m.page)) return new BypassVerdict(Outcome.CANT_TELL, SCRIPT);
    return new BypassVerdict(Outcome.FAILED, NO_SKIP_LINK);
  }
}
