package org.curbcut.internal.rules.aria;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.RoleAttributes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Attribute;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;
import org.curbcut.internal.standards.AttributeSpec;
import org.curbcut.internal.standards.RoleSpec;

/**
 * ACT 5c01ea "ARIA state or property is permitted".
 * Applicability: every HTML or SVG element included in the accessibility tree with a WAI-ARIA
 * state or property (attributes WAI-ARIA does not define are aria-valid-attr's business).
 * Expectation: each is global, or supported (own, inherited or required) by the element's
 * semantic role. Elements without a role (generic, or e.g. an audio element) allow the global
 * ones only; a password input takes the textbox attributes, as ARIA in HTML allows.
 * Prohibited global attributes are aria-prohibited-attr's business.
 */
public final class AriaAllowedAttr implements Rule {
  static final MessageKey<RoleAttributes> NOT_ALLOWED = MessageKey.of("notAllowed", RoleAttributes.class,
      AriaAllowedAttr::arguments);
  static final MessageKey<RoleAttributes> MAYBE_HIDDEN = MessageKey.of("maybeHidden", RoleAttributes.class,
      AriaAllowedAttr::arguments);
  private static final RuleMeta META = RuleMeta.of(AriaAllowedAttr.class, "aria-allowed-attr",
      List.of("5c01ea"), List.of("4.1.2"), Level.A, Impact.CRITICAL)
      .withMessages(NOT_ALLOWED, MAYBE_HIDDEN);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!AriaAttributes.isHtmlOrSvg(e)) continue;
      Aria aria = ctx.aria(e.page());
      List<AttributeSpec> specs = new ArrayList<>();
      for (Attribute a : AriaAttributes.of(e)) aria.standards().attribute(AriaAttributes.name(a)).ifPresent(specs::add);
      if (specs.isEmpty()) continue;
      Tri hidden = aria.isHiddenFromAT(e);
      if (hidden.isTrue()) continue;
      Optional<RoleSpec> role = aria.roleSpec(e);
      if (role.isEmpty() && e.is("input") && e.token("type").orElse("").equals("password")) {
        role = aria.standards().role("textbox");
      }
      List<String> notAllowed = new ArrayList<>();
      for (AttributeSpec s : specs) {
        boolean ok = s.isGlobal() || role.map(r -> r.supports(s.name())).orElse(false);
        if (!ok) notAllowed.add(s.name());
      }
      if (notAllowed.isEmpty()) out.passed(e);
      else if (hidden.isUnknown()) out.cantTell(e, MAYBE_HIDDEN, new RoleAttributes(role.map(RoleSpec::name).orElse(null), notAllowed));
      else out.failed(e, NOT_ALLOWED, new RoleAttributes(role.map(RoleSpec::name).orElse(null), notAllowed));
    }
  }

  /** The attributes, then the role ("-" for none). */
  private static Object[] arguments(RoleAttributes d) {
    return new Object[] {AriaAttributes.join(d.attributes()), d.role() == null ? "-" : d.role()};
  }
}
