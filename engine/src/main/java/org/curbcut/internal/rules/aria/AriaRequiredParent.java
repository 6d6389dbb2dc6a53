package org.curbcut.internal.rules.aria;

import java.util.List;
import java.util.Optional;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.RequiredContext;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;
import org.curbcut.internal.standards.RoleSpec;

/**
 * ACT ff89c9 "ARIA required context role".
 * Applicability: every HTML or SVG element included in the accessibility tree whose explicit
 * semantic role is a WAI-ARIA 1.2 role (not DPUB or Graphics) with a required context role, and
 * differs from its implicit role. Expectation: its parent in the accessibility tree (aria-owns
 * respected, ignored generic and presentational elements skipped) has one of the required
 * context roles. Script-built trees (e.g. attachShadow) are out of reach of a static reading.
 */
public final class AriaRequiredParent implements Rule {
  static final MessageKey<RequiredContext> NO_CONTEXT = MessageKey.of("noContext", RequiredContext.class,
      d -> new Object[] {d.role(), String.join(", ", d.required()), d.parent() == null ? "-" : d.parent()});
  static final MessageKey<RequiredContext> MAYBE_HIDDEN = MessageKey.of("maybeHidden", RequiredContext.class,
      d -> new Object[] {d.role(), String.join(", ", d.required())});
  private static final RuleMeta META = RuleMeta.of(AriaRequiredParent.class, "aria-required-parent",
      List.of("ff89c9"), List.of("1.3.1"), Level.A, Impact.CRITICAL)
      .withMessages(NO_CONTEXT, MAYBE_HIDDEN);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!AriaAttributes.isHtmlOrSvg(e) || !e.has("role")) continue;
      Aria aria = ctx.aria(e.page());
      Optional<String> explicit = aria.explicitRole(e);
      if (explicit.isEmpty() || !aria.role(e).equals(explicit)) continue;
      if (aria.implicitRole(e).equals(explicit)) continue;
      Optional<RoleSpec> spec = aria.standards().role(explicit.get());
      if (spec.isEmpty() || !spec.get().module().equals("aria") || !spec.get().since().isEmpty()) continue;
      List<String> context = spec.get().requiredContextRoles();
      if (context.isEmpty()) continue;
      Tri hidden = aria.isHiddenFromAT(e);
      if (hidden.isTrue()) continue;
      Optional<Element> parent = aria.tree().parent(e);
      Optional<String> parentRole = parent.flatMap(aria::role);
      boolean ok = parentRole.map(context::contains).orElse(false);
      if (ok) out.passed(e);
      else if (hidden.isUnknown()) out.cantTell(e, MAYBE_HIDDEN, new RequiredContext(explicit.get(), context, parentRole.orElse(null)));
      else out.failed(e, NO_CONTEXT, new RequiredContext(explicit.get(), context, parentRole.orElse(null)));
    }
  }
}
