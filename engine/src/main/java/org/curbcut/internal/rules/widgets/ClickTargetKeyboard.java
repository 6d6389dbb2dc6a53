package org.curbcut.internal.rules.widgets;

import java.util.List;
import org.curbcut.internal.aria.Aria;
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
 * click-target-keyboard (WCAG 2.1.1, no ACT rule). Applicability: a rendered element with an
 * inline click handler that is not natively interactive and holds nothing focusable (so the handler
 * is not delegation from real controls). Expectation 1: it is in the tab order and has a widget
 * role; failed when keyboard users cannot reach it at all. When it is reachable but has no key
 * handler, whether Enter/Space work is up to its script: cantTell.
 */
public final class ClickTargetKeyboard implements Rule {
  static final MessageKey<Diagnostic> NOT_FOCUSABLE = MessageKey.of("not-focusable", t -> new Object[] {t.name()});
  static final MessageKey<Diagnostic> NO_ROLE = MessageKey.of("no-role", t -> new Object[] {t.name()});
  static final MessageKey<Diagnostic> KEY_HANDLER_UNKNOWN = MessageKey.of("key-handler-unknown");
  private static final RuleMeta META = RuleMeta.of(ClickTargetKeyboard.class, "click-target-keyboard",
      List.of(), List.of("2.1.1"), Level.A, Impact.SERIOUS)
      .withMessages(NOT_FOCUSABLE, NO_ROLE, KEY_HANDLER_UNKNOWN);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    Aria aria = ctx.aria();
    for (Element e : ctx.allElements()) {
      if (!WidgetSignals.hasClickHandler(e) || e.is("html", "body", "label", "option", "form")) continue;
      if (aria.isNativelyFocusable(e) || Rendering.isRendered(e).isFalse()) continue;
      if (e.descendants().anyMatch(d -> aria.isFocusable(d).isTrue())) continue;
      boolean reachable = aria.isInTabOrder(e).isTrue();
      boolean widgetRole = aria.roleSpec(e).map(r -> r.is("widget")).orElse(false);
      if (!reachable) {
        out.failed(e, NOT_FOCUSABLE);
      } else if (!widgetRole) {
        out.failed(e, NO_ROLE);
      } else if (e.has("onkeydown") || e.has("onkeyup") || e.has("onkeypress")) {
        out.passed(e);
      } else {
        out.cantTell(e, KEY_HANDLER_UNKNOWN);
      }
    }
  }
}
