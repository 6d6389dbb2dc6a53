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
import org.curbcut.snapshot.Rendering;

/**
 * Real-site check (no ACT rule; axe-core "marquee"), 2.2.2 Pause, Stop, Hide: a {@code marquee}
 * element moves its text without end and offers no way to pause it. Applicability: a rendered
 * {@code marquee} with text. Failed unless its {@code loop} attribute limits it to a few passes
 * or scripts on the page might offer a pause (then cantTell).
 */
public final class Marquee implements Rule {
  private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");
  static final MessageKey<Diagnostic> MOVING = MessageKey.of("moving");
  static final MessageKey<Diagnostic> CHECK = MessageKey.of("check");
  private static final RuleMeta META = RuleMeta.of(Marquee.class, "marquee",
      List.of(), List.of("2.2.2"), Level.A, Impact.SERIOUS)
      .withMessages(MOVING, CHECK);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!e.is("marquee") || Markup.inTemplate(e) || Markup.isWhitespace(e.textContent())) continue;
      if (Rendering.isRendered(e).isFalse()) continue;
      String loop = e.attrOr("loop", "-1").strip();
      boolean endless = !DIGITS.matcher(loop).matches() || loop.equals("0");
      if (!endless || Markup.hasScripting(ctx, e.page())) out.cantTell(e, CHECK);
      else out.failed(e, MOVING);
    }
  }
}
