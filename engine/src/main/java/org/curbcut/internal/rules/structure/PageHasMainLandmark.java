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
import org.curbcut.snapshot.Tri;

/**
 * ACT b40fd1 "Document has a landmark with non-repeated content" (an input of bypass, cf77f2).
 * Applicability: an HTML page. Expectation: the non-repeated content after repeated content
 * starts inside an element with role main. Curbcut passes a page with a main landmark in the
 * accessibility tree, fails one whose repeated blocks ({@link BypassModel}) are followed by other
 * content with no main landmark, and cannot tell when it finds no repeated block.
 */
public final class PageHasMainLandmark implements Rule {
  static final MessageKey<Diagnostic> NO_MAIN = MessageKey.of("no-main");
  static final MessageKey<Diagnostic> MAIN_MAYBE_HIDDEN = MessageKey.of("main-maybe-hidden");
  private static final RuleMeta META = RuleMeta.of(PageHasMainLandmark.class, "page-has-main-landmark",
      List.of("b40fd1"), List.of(), Level.BEST_PRACTICE, Impact.MODERATE)
      .withMessages(NO_MAIN, MAIN_MAYBE_HIDDEN, BypassVerdict.UNKNOWN_BLOCKS);

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
    Tri main = m.hasExposedMain();
    if (main.isTrue()) return BypassVerdict.PASSED;
    if (!m.hasBlocks()) return BypassVerdict.BLOCKS_UNKNOWN;
    if (!m.hasNonRepeatedAfterBlocks()) return BypassVerdict.PASSED;
    if (main.isUnknown()) return new BypassVerdict(Outcome.CANT_TELL, MAIN_MAYBE_HIDDEN);
    return new BypassVerdict(Outcome.FAILED, NO_MAIN);
  }
}
