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
import org.curbcut.internal.standards.RoleSpec;

/**
 * ACT kb1m8s "ARIA global properties not used where prohibited".
 * Applicability: every HTML or SVG element included in the accessibility tree that has a
 * WAI-ARIA attribute. Expectation: none of its (non-empty) ARIA attributes is prohibited for its
 * semantic role (e.g. aria-label on {@code generic}, {@code paragraph}, {@code none}).
 * When it is unknown whether the element is hidden, a prohibited attribute gives cantTell.
 */
public final class AriaProhibitedAttr implements Rule {
  static final MessageKey<RoleAttributes> PROHIBITED = MessageKey.of("prohibited", RoleAttributes.class,
      d -> new Object[] {AriaAttributes.join(d.attributes()), d.role()});
  static final MessageKey<RoleAttributes> MAYBE_HIDDEN = MessageKey.of("maybeHidden", RoleAttributes.class,
      d -> new Object[] {AriaAttributes.join(d.attributes()), d.role()});
  private static final RuleMeta META = RuleMeta.of(AriaProhibitedAttr.class, "aria-prohibited-attr",
      List.of("kb1m8s"), List.of("1.3.1"), Level.A, Impact.SERIOUS)
      .withMessages(PROHIBITED, MAYBE_HIDDEN);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!AriaAttributes.isHtmlOrSvg(e)) continue;
      List<Attribute> attrs = AriaAttributes.of(e);
      if (attrs.isEmpty()) continue;
      Aria aria = ctx.aria(e.page());
      Tri hidden = aria.isHiddenFromAT(e);
      if (hidden.isTrue()) continue;
      Optional<RoleSpec> role = aria.roleSpec(e);
      List<String> prohibited = new ArrayList<>();
      if (role.isPresent()) {
        for (Attribute a : attrs) {
          if (!a.value().isBlank() && role.get().prohibitedAttributes().contains(AriaAttributes.name(a))) {
            prohibited.add(AriaAttributes.name(a));
          }
        }
      }
      if (prohibited.isEmpty()) out.passed(e);
      else if (hidden.isUnknown()) out.cantTell(e, MAYBE_HIDDEN, new RoleAttributes(role.get().name(), prohibited));
      else out.failed(e, PROHIBITED, new RoleAttributes(role.get().name(), prohibited));
    }
  }
}
