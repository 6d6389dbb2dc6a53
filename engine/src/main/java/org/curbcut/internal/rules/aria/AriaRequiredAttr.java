package org.curbcut.internal.rules.aria;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.RoleAttributes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.internal.standards.RoleSpec;

/**
 * ACT 4e8ab6 "Element with role attribute has required states and properties".
 * Applicability: every HTML or SVG element included in the accessibility tree whose explicit
 * semantic role differs from its implicit role. Expectation: every state and property the role
 * requires (aria-valuenow also on a focusable separator) is set with a non-empty value. ARIA 1.2
 * no longer lets implicit values stand in (role=heading needs aria-level), but a host-language
 * feature does (a checkbox input's checkedness gives aria-checked). An expanded combobox must
 * also point at its popup with aria-controls (ARIA 1.2 combobox prose).
 */
public final class AriaRequiredAttr implements Rule {
  static final MessageKey<RoleAttributes> MISSING = MessageKey.of("missing", RoleAttributes.class,
      d -> new Object[] {d.role(), AriaAttributes.join(d.attributes())});
  static final MessageKey<RoleAttributes> MAYBE_HIDDEN = MessageKey.of("maybeHidden", RoleAttributes.class,
      d -> new Object[] {d.role(), AriaAttributes.join(d.attributes())});
  private static final RuleMeta META = RuleMeta.of(AriaRequiredAttr.class, "aria-required-attr",
      List.of("4e8ab6"), List.of("4.1.2"), Level.A, Impact.CRITICAL)
      .withMessages(MISSING, MAYBE_HIDDEN);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    HtmlStandards html = HtmlStandards.get();
    for (Element e : ctx.allElements()) {
      if (!AriaAttributes.isHtmlOrSvg(e) || !e.has("role")) continue;
      Aria aria = ctx.aria(e.page());
      Optional<String> explicit = aria.explicitRole(e);
      if (explicit.isEmpty() || !aria.role(e).equals(explicit) || aria.implicitRole(e).equals(explicit)) continue;
      Tri hidden = aria.isHiddenFromAT(e);
      if (hidden.isTrue()) continue;
      RoleSpec spec = aria.standards().role(explicit.get()).orElseThrow();
      Set<String> required = new TreeSet<>(spec.requiredAttributes());
      if (!spec.requiredAttributesWhenFocusable().isEmpty() && aria.isFocusable(e).isTrue()) {
        required.addAll(spec.requiredAttributesWhenFocusable());
      }
      // ARIA 1.2 combobox prose: when the popup is displayed, authors MUST set aria-controls
      if (spec.is("combobox") && e.token("aria-expanded").orElse("").equals("true")) required.add("aria-controls");
      String inputType = e.is("input") ? e.token("type").orElse("text") : null;
      List<String> missing = new ArrayList<>();
      for (String attr : required) {
        if (e.attr(attr).map(v -> !v.isBlank()).orElse(false)) continue;
        if (e.isHtml() && html.providesNatively(attr, e.name(), inputType)) continue;
        missing.add(attr);
      }
      if (missing.isEmpty()) out.passed(e);
      else if (hidden.isUnknown()) out.cantTell(e, MAYBE_HIDDEN, new RoleAttributes(explicit.get(), missing));
      else out.failed(e, MISSING, new RoleAttributes(explicit.get(), missing));
    }
  }
}
