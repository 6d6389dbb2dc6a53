package org.curbcut.internal.rules.aria;

import java.util.List;
import java.util.Optional;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.ExposedRole;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;

/**
 * ACT 46ca7f "Element marked as decorative is not exposed".
 * Applicability: every HTML or SVG element marked as decorative: its explicit role is
 * {@code none} or {@code presentation}, or it is an {@code img} with {@code alt=""} and no other
 * explicit role. Expectation: it is not included in the accessibility tree, or its semantic role
 * is still none/presentation (no focusability or global ARIA attribute triggered the
 * presentational roles conflict resolution). No WCAG criterion requires this (ACT lists 1.1.1 as
 * a related, secondary requirement), so it is a best practice, as in axe-core.
 */
public final class PresentationRoleConflict implements Rule {
  static final MessageKey<ExposedRole> FOCUSABLE = MessageKey.of("focusable", ExposedRole.class,
      d -> new Object[] {d.role()});
  static final MessageKey<ExposedRole> GLOBAL_ATTRIBUTE = MessageKey.of("globalAttribute", ExposedRole.class,
      d -> new Object[] {d.role()});
  static final MessageKey<ExposedRole> MAYBE_HIDDEN = MessageKey.of("maybeHidden", ExposedRole.class,
      d -> new Object[] {d.role()});
  private static final RuleMeta META = RuleMeta.of(PresentationRoleConflict.class, "presentation-role-conflict",
      List.of("46ca7f"), List.of(), Level.BEST_PRACTICE, Impact.MINOR)
      .withMessages(FOCUSABLE, GLOBAL_ATTRIBUTE, MAYBE_HIDDEN);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!AriaAttributes.isHtmlOrSvg(e)) continue;
      Aria aria = ctx.aria(e.page());
      Optional<String> explicit = aria.explicitRole(e);
      boolean decorative = explicit.map(Aria::isPresentational).orElse(false)
          || (explicit.isEmpty() && e.is("img") && e.attr("alt").map(String::isEmpty).orElse(false));
      if (!decorative) continue;
      Tri hidden = aria.isHiddenFromAT(e);
      Optional<String> role = aria.role(e);
      boolean presentational = role.map(Aria::isPresentational).orElse(false);
      if (hidden.isTrue() || presentational) {
        out.passed(e);
        continue;
      }
      MessageKey<ExposedRole> reason = aria.isFocusable(e).isTrue() ? FOCUSABLE : GLOBAL_ATTRIBUTE;
      ExposedRole shown = new ExposedRole(role.orElse("generic"));
      if (hidden.isUnknown()) out.cantTell(e, MAYBE_HIDDEN, shown);
      else out.failed(e, reason, shown);
    }
  }
}
