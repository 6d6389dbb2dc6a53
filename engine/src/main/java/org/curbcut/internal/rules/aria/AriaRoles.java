package org.curbcut.internal.rules.aria;

import java.util.List;
import java.util.Locale;
import org.curbcut.internal.standards.AsciiWhitespace;
import org.curbcut.rules.AttributeValue;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;
import org.curbcut.internal.standards.AriaStandards;

/**
 * ACT 674b10 "Role attribute has valid value".
 * Applicability: every {@code role} attribute that is not empty or only white space, on an HTML or
 * SVG element that is not programmatically hidden. Expectation: at least one of its tokens is a
 * non-abstract role of WAI-ARIA (or its DPUB and Graphics modules).
 */
public final class AriaRoles implements Rule {
  static final MessageKey<AttributeValue> INVALID = MessageKey.of("invalid", AttributeValue.class,
      d -> new Object[] {d.value()});
  static final MessageKey<AttributeValue> MAYBE_HIDDEN = MessageKey.of("maybeHidden", AttributeValue.class,
      d -> new Object[] {d.value()});
  private static final RuleMeta META = RuleMeta.of(AriaRoles.class, "aria-roles",
      List.of("674b10"), List.of("4.1.2"), Level.A, Impact.CRITICAL)
      .withMessages(INVALID, MAYBE_HIDDEN);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    AriaStandards standards = AriaStandards.get();
    for (Element e : ctx.allElements()) {
      if (!AriaAttributes.isHtmlOrSvg(e)) continue;
      String value = e.attrOr("role", "").trim();
      if (value.isEmpty()) continue;
      Tri hidden = ctx.aria(e.page()).isHiddenFromAT(e);
      if (hidden.isTrue()) continue;
      boolean valid = false;
      for (String token : AsciiWhitespace.split(value.toLowerCase(Locale.ROOT))) {
        if (standards.isConcreteRole(token)) valid = true;
      }
      if (valid) out.passed(e);
      else if (hidden.isUnknown()) out.cantTell(e, MAYBE_HIDDEN, new AttributeValue("role", value));
      else out.failed(e, INVALID, new AttributeValue("role", value));
    }
  }
}
