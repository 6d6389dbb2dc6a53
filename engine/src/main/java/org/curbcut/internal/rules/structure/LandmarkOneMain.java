package org.curbcut.internal.rules.structure;

import java.util.ArrayList;
import java.util.List;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.LandmarkCount;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;

/**
 * Real-site check (no ACT rule; axe-core "landmark-one-main" and "landmark-no-duplicate-main"):
 * an HTML page has exactly one main landmark in the accessibility tree, so screen-reader users can
 * jump to the content. Applicability: the top-level page (not a srcdoc frame).
 */
public final class LandmarkOneMain implements Rule {
  static final MessageKey<LandmarkCount> SEVERAL = MessageKey.of("several", LandmarkCount.class,
      d -> new Object[] {d.count()});
  static final MessageKey<Diagnostic> NONE = MessageKey.of("none");
  static final MessageKey<Diagnostic> MAYBE_HIDDEN = MessageKey.of("maybe-hidden");
  private static final RuleMeta META = RuleMeta.of(LandmarkOneMain.class, "landmark-one-main",
      List.of(), List.of(), Level.BEST_PRACTICE, Impact.MODERATE)
      .withMessages(SEVERAL, NONE, MAYBE_HIDDEN);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    if (!Markup.isHtmlPage(ctx.page()) || ctx.page().body().isEmpty()) return;
    List<Element> mains = new ArrayList<>();
    Tri unsure = Tri.FALSE;
    for (Element e : ctx.page().elements()) {
      if (Markup.inTemplate(e) || !Markup.role(ctx.aria(), e).map("main"::equals).orElse(false)) continue;
      Tri exposed = ctx.aria().isHiddenFromAT(e).not();
      if (exposed.isTrue()) mains.add(e);
      else if (exposed.isUnknown()) unsure = Tri.UNKNOWN;
    }
    Element root = ctx.page().root();
    if (mains.size() == 1) out.passed(mains.get(0));
    else if (mains.size() > 1) {
      for (Element m : mains.subList(1, mains.size())) out.failed(m, SEVERAL, new LandmarkCount("main", mains.size()));
    } else if (unsure.isUnknown()) out.cantTell(root, MAYBE_HIDDEN);
    else out.failed(root, NONE);
  }
}
