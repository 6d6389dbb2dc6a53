package org.curbcut.internal.rules.aria;

import java.util.ArrayList;
import java.util.List;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.rules.UnknownAttributes;
import org.curbcut.snapshot.Attribute;
import org.curbcut.snapshot.Element;
import org.curbcut.internal.standards.AriaStandards;

/**
 * ACT 5f99a7 "ARIA attribute is defined in WAI-ARIA".
 * Applicability: every HTML or SVG element with an attribute whose name starts with {@code aria-}.
 * Expectation: each such attribute is a state or property defined in WAI-ARIA (1.2, plus the
 * 1.3 additions browsers already expose).
 */
public final class AriaValidAttr implements Rule {
  static final MessageKey<UnknownAttributes> UNKNOWN = MessageKey.of("unknown", UnknownAttributes.class,
      d -> new Object[] {AriaAttributes.join(d.attributes())});
  private static final RuleMeta META = RuleMeta.of(AriaValidAttr.class, "aria-valid-attr",
      List.of("5f99a7"), List.of("4.1.2"), Level.A, Impact.CRITICAL)
      .withMessages(UNKNOWN);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    AriaStandards aria = AriaStandards.get();
    for (Element e : ctx.allElements()) {
      if (!AriaAttributes.isHtmlOrSvg(e)) continue;
      List<Attribute> attrs = AriaAttributes.of(e);
      if (attrs.isEmpty()) continue;
      List<String> unknown = new ArrayList<>();
      for (Attribute a : attrs) {
        if (aria.attribute(AriaAttributes.name(a)).isEmpty()) unknown.add(AriaAttributes.name(a));
      }
      if (unknown.isEmpty()) out.passed(e);
      else out.failed(e, UNKNOWN, new UnknownAttributes(unknown));
    }
  }
}
