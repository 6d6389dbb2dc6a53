package org.curbcut.internal.rules.structure;

import java.util.List;
import java.util.Optional;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Refresh;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * ACT bc659a "Meta element has no refresh delay".
 * Applicability: the first {@code meta http-equiv="refresh"} element of the page whose
 * {@code content} is valid (browsers ignore invalid ones). Expectation: the delay is 0 or more
 * than 72000 seconds (20 hours), so users are not interrupted by a timed refresh or redirect.
 */
public final class MetaRefresh implements Rule {
  static final long TWENTY_HOURS = 72000;
  static final MessageKey<Refresh> REFRESH = MessageKey.of("refresh", Refresh.class, d -> new Object[] {d.seconds()});
  static final MessageKey<Refresh> REDIRECT = MessageKey.of("redirect", Refresh.class, d -> new Object[] {d.seconds()});
  private static final RuleMeta META = RuleMeta.of(MetaRefresh.class, "meta-refresh",
      List.of("bc659a"), List.of("2.2.1"), Level.A, Impact.CRITICAL)
      .withMessages(REFRESH, REDIRECT);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    if (!ctx.page().isHtmlDocument()) return;
    Optional<Element> meta = RefreshContent.first(ctx.page());
    if (meta.isEmpty()) return;
    long delay = RefreshContent.delayOf(meta.get());
    if (delay == 0 || delay > TWENTY_HOURS) out.passed(meta.get());
    else {
      boolean redirect = RefreshContent.isRedirect(meta.get());
      out.failed(meta.get(), redirect ? REDIRECT : REFRESH, new Refresh(delay, redirect));
    }
  }
}
