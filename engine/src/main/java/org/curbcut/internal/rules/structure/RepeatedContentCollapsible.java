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

/**
 * ACT 3e12e1 "Block of repeated content is collapsible" (an input of bypass, cf77f2).
 * Applicability: an HTML page. Expectation: each block of repeated content before non-repeated
 * content can be hidden (from sight and from the accessibility tree) by an instrument. Without
 * scripts, disclosure widgets ({@code details}) or CSS toggles (checkboxes, popovers) nothing on
 * a page can collapse a block, so such a page fails; with them Curbcut cannot tell.
 */
public final class RepeatedContentCollapsible implements Rule {
  static final MessageKey<Diagnostic> NOT_COLLAPSIBLE = MessageKey.of("not-collapsible");
  static final MessageKey<Diagnostic> SCRIPT = MessageKey.of("script");
  private static final RuleMeta META = RuleMeta.of(RepeatedContentCollapsible.class, "repeated-content-collapsible",
      List.of("3e12e1"), List.of(), Level.BEST_PRACTICE, Impact.MINOR)
      .withMessages(NOT_COLLAPSIBLE, SCRIPT, BypassVerdict.UNKNOWN_BLOCKS);

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
    if (!m.hasBlocks()) return BypassVerdict.BLOCKS_UNKNOWN;
    if (!m.hasNonRepeatedAfterBlocks()) return BypassVerdict.PASSED;
    boolean toggles = m.page.elements().stream().anyMatch(e -> e.is("details", "summary") || e.has("popover")
        || e.has("popovertarget") || (e.is("input") && e.token("type").map(t -> t.equals("checkbox") || t.equals("radio")).orElse(false)));
    if (toggles || Markup.hasScripting(m.ctx, m.page)) return new BypassVerdict(Outcome.CANT_TELL, SCRIPT);
    return new BypassVerdict(Outcome.FAILED, NOT_COLLAPSIBLE);
  }

}
