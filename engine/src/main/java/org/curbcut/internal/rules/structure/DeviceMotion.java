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

/**
 * ACT 7677a9 "Device motion based changes to the content can also be created from the user
 * interface" and c249d5 "... can be disabled" (2.5.4 Motion Actuation). Applicability: a page
 * whose scripts change content on device motion or orientation events. Expectations: the same
 * change is available from the user interface, and motion actuation can be disabled. Only running
 * the page shows it: a page whose inline scripts listen to these events is cantTell.
 */
public final class DeviceMotion implements Rule {
  static final MessageKey<Diagnostic> CHECK = MessageKey.of("check");
  private static final RuleMeta META = RuleMeta.of(DeviceMotion.class, "device-motion",
      List.of("7677a9", "c249d5"), List.of("2.5.4"), Level.A, Impact.SERIOUS)
      .withMessages(CHECK);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    if (!Markup.isHtmlPage(ctx.page())) return;
    String scripts = Markup.inlineScriptTextLowerCase(ctx, ctx.page());
    boolean attrs = ctx.page().elements().stream().anyMatch(e -> e.has("ondevicemotion") || e.has("ondeviceorientation"));
    if (attrs || scripts.contains("devicemotion") || scripts.contains("deviceorientation")) {
      out.cantTell(ctx.page().root(), CHECK);
    }
  }
}
