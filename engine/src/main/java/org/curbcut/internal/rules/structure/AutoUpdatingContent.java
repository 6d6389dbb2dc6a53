package org.curbcut.internal.rules.structure;

import java.util.List;
import java.util.regex.Pattern;
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
 * ACT efbfc7 "Text content that changes automatically can be paused, stopped or hidden" (2.2.2).
 * Applicability: visible text that scripts change automatically, next to other content.
 * Expectation: an instrument can pause, stop, hide it or change its frequency. Only running the
 * page shows changes: a page with timer roles ({@code marquee}, {@code timer}), timers in inline
 * scripts, or a load handler is cantTell. The {@code marquee} element has its own rule.
 */
public final class AutoUpdatingContent implements Rule {
  static final MessageKey<Diagnostic> CHECK_REGION = MessageKey.of("check-region");
  static final MessageKey<Diagnostic> CHECK_PAGE = MessageKey.of("check-page");
  private static final RuleMeta META = RuleMeta.of(AutoUpdatingContent.class, "auto-updating-content",
      List.of("efbfc7"), List.of("2.2.2"), Level.A, Impact.SERIOUS)
      .withMessages(CHECK_REGION, CHECK_PAGE);
  private static final Pattern TIMERS = Pattern.compile("setinterval|settimeout|requestanimationframe");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    if (!Markup.isHtmlPage(ctx.page())) return;
    for (Element e : ctx.page().elements()) {
      String role = Markup.roleTokens(e).stream().findFirst().orElse("");
      if ((role.equals("marquee") || role.equals("timer")) && !Markup.isWhitespace(e.textContent())) {
        out.cantTell(e, CHECK_REGION);
      }
    }
    String scripts = Markup.inlineScriptTextLowerCase(ctx, ctx.page());
    boolean onload = ctx.page().elements().stream().anyMatch(e -> e.is("body") && e.has("onload"));
    if (onload || TIMERS.matcher(scripts).find()) out.cantTell(ctx.page().root(), CHECK_PAGE);
  }
}
