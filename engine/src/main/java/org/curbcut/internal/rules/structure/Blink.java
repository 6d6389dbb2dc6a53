package org.curbcut.internal.rules.structure;

import java.util.List;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * Real-site check (no ACT rule; axe-core "blink"): no {@code blink} element. Browsers stopped
 * blinking it long ago, so it is not a 2.2.2 failure today, but it is obsolete and some user
 * agents may still blink it: remove it.
 */
public final class Blink implements Rule {
  static final MessageKey<Diagnostic> OBSOLETE = MessageKey.of("obsolete");
  private static final RuleMeta META = RuleMeta.of(Blink.class, "blink",
      List.of(), List.of(), Level.BEST_PRACTICE, Impact.SERIOUS)
      .withMessages(OBSOLETE);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (e.is("blink") && !Markup.inTemplate(e)) out.failed(e, OBSOLETE);
    }
  }
}
