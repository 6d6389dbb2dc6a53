package org.curbcut.internal.rules.aria;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.curbcut.internal.standards.AsciiWhitespace;
import org.curbcut.rules.AttributeValue;
import org.curbcut.rules.Impact;
import org.curbcut.rules.InvalidValues;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Attribute;
import org.curbcut.snapshot.Element;
import org.curbcut.internal.standards.AriaStandards;
import org.curbcut.internal.standards.AttributeSpec;

/**
 * ACT 6a7281 "ARIA state or property has valid value".
 * Applicability: every WAI-ARIA state or property with a non-empty value on an HTML or SVG element.
 * Expectation: the value is valid for the attribute's value type (true/false, tristate, integer,
 * number, token, token list). Id references are valid whatever they point at: whether the target
 * exists is the business of aria-valid-idref.
 */
public final class AriaValidAttrValue implements Rule {
  static final MessageKey<InvalidValues> INVALID = MessageKey.of("invalid", InvalidValues.class,
      d -> new Object[] {AriaAttributes.join(d.values().stream().map(v -> v.attribute() + "=\"" + v.value() + "\"").toList())});
  private static final RuleMeta META = RuleMeta.of(AriaValidAttrValue.class, "aria-valid-attr-value",
      List.of("6a7281"), List.of("4.1.2"), Level.A, Impact.CRITICAL)
      .withMessages(INVALID);
  private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    AriaStandards standards = AriaStandards.get();
    for (Element e : ctx.allElements()) {
      if (!AriaAttributes.isHtmlOrSvg(e)) continue;
      List<AttributeValue> invalid = new ArrayList<>();
      boolean applicable = false;
      for (Attribute a : AriaAttributes.of(e)) {
        Optional<AttributeSpec> spec = standards.attribute(AriaAttributes.name(a));
        String value = a.value().trim();
        if (spec.isEmpty() || value.isEmpty()) continue;
        applicable = true;
        if (!valid(spec.get(), value)) invalid.add(new AttributeValue(AriaAttributes.name(a), a.value()));
      }
      if (!applicable) continue;
      if (invalid.isEmpty()) out.passed(e);
      else out.failed(e, INVALID, new InvalidValues(invalid));
    }
  }

  /** True when {@code value} (trimmed, non-empty) is valid for the attribute's type. */
  static boolean valid(AttributeSpec spec, String value) {
    String v = value.toLowerCase(Locale.ROOT);
    return switch (spec.type()) {
      case TRUE_FALSE -> v.equals("true") || v.equals("false");
      case TRUE_FALSE_UNDEFINED -> v.equals("true") || v.equals("false") || v.equals("undefined");
      case TRISTATE -> v.equals("true") || v.equals("false") || v.equals("mixed") || v.equals("undefined");
      case INTEGER -> INTEGER.matcher(v).matches();
      case NUMBER -> NUMBER.matcher(v).matches();
      case TOKEN -> spec.allowedValues().contains(v);
      case TOKEN_LIST -> {
        for (String t : AsciiWhitespace.split(v)) {
          if (!spec.allowedValues().contains(t)) yield false;
        }
        yield true;
      }
      case ID_REFERENCE, ID_REFERENCE_LIST, STRING -> true;
    };
  }
}
