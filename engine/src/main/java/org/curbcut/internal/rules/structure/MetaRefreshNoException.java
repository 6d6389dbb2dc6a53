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
 * ACT bisz58 "Meta element has no refresh delay (no exception)" (AAA: 2.2.4 Interruptions,
 * 3.2.5 Change on Request). Applicability: the first valid {@code meta http-equiv="refresh"}.
 * Expectation: the delay is 0 (an immediate redirect), with no 20-hour exception.
 */
public final class MetaRefreshNoException implements Rule {
  static final MessageKey<Refresh> DELAY = MessageKey.of("delay", Refresh.class, d -> new Object[] {d.seconds()});
  private static final RuleMeta META = RuleMeta.of(MetaRefreshNoException.class, "meta-refresh-no-exception",
      List.of("bisz58"), List.of("2.2.4", "3.2.5"), Level.AAA, Impact.MINOR)
      .withMessages(DELAY);

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
    if (delay == 0) out.passed(meta.get());
    else out.failed(meta.get(), DELAY, new Refresh(delay, RefreshContent.isRedirect(meta.get())));
  }
}
