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

/**
 * ACT cf77f2 "Bypass blocks of repeated content" (composite, 2.4.1 A). Applicability: an HTML
 * page. Expectation: at least one of its input rules passes: a main landmark (b40fd1), a heading
 * starting the non-repeated content (047fe0), an instrument to skip to it (ye5d6e), or collapsible
 * repeated blocks (3e12e1). Failed only when all four fail; cantTell when none passes and one
 * cannot tell.
 */
public final class Bypass implements Rule {
  static final MessageKey<Diagnostic> NONE = MessageKey.of("none");
  static final MessageKey<Diagnostic> CHECK = MessageKey.of("check");
  private static final RuleMeta META = RuleMeta.of(Bypass.class, "bypass",
      List.of("cf77f2"), List.of("2.4.1"), Level.A, Impact.SERIOUS)
      .withMessages(NONE, CHECK);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    if (!Markup.isHtmlPage(ctx.page())) return;
    BypassModel m = BypassModel.of(ctx);
    List<BypassVerdict> inputs = List.of(PageHasMainLandmark.verdict(m), PageHasHeading.verdict(m),
        SkipLink.verdict(m), RepeatedContentCollapsible.verdict(m));
    Element root = ctx.page().root();
    if (inputs.stream().anyMatch(v -> v.outcome() == Outcome.PASSED)) out.passed(root);
    else if (inputs.stream().anyMatch(v -> v.outcome() == Outcome.CANT_TELL)) out.cantTell(root, CHECK);
    else out.failed(root, NONE);
  }

  /** Reports an input rule's verdict on the page's root element. */
  static void report(Outcomes out, Element root, Outcome outcome, MessageKey<Diagnostic> key) {
    switch (outcome) {
      case PASSED -> out.passed(root);
      case FAILED -> out.failed(root, key);
      case CANT_TELL -> out.cantTell(root, key);
      default -> { }
    }
  }
}
