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
 * Real-site check (no ACT rule; axe-core "blink", WCAG failure F47), 2.2.2 Pause, Stop, Hide: no
 * {@code blink} element. Current browsers no longer blink it, but the author asked for blinking
 * content that cannot be paused, some user agents still honour it, and axe-core fails it under
 * 2.2.2 too: remove it.
 */
public final class Blink implements Rule {
  static final MessageKey<Diagnostic> OBSOLETE = MessageKey.of("obsolete");
  private static final RuleMeta META = RuleMeta.of(Blink.class, "blink",
      List.of(), List.of("2.2.2"), Level.A, Impact.SERIOUS)
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
