package org.curbcut.internal.rules.structure;

import java.util.List;
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

/**
 * ACT de46e4 "Element with lang attribute has valid language tag".
 * Applicability: an element in the {@code body} with a non-empty {@code lang} attribute, from which
 * some perceivable text (a text node, or an accessible name such as an image's alt text) inherits
 * its language. Expectation: the value has a known primary language tag.
 */
public final class ValidLang implements Rule {
  static final MessageKey<AttributeValue> INVALID = MessageKey.of("invalid", AttributeValue.class,
      d -> new Object[] {d.value()});
  static final MessageKey<AttributeValue> INVALID_MAYBE_HIDDEN = MessageKey.of("invalid-maybe-hidden", AttributeValue.class,
      d -> new Object[] {d.value()});
  private static final RuleMeta META = RuleMeta.of(ValidLang.class, "valid-lang",
      List.of("de46e4"), List.of("3.1.2"), Level.AA, Impact.SERIOUS)
      .withMessages(INVALID, INVALID_MAYBE_HIDDEN);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : LangScopes.langElementsInBody(ctx)) {
      Tri applicable = LangScopes.hasPerceivableText(ctx, e);
      if (applicable.isFalse()) continue;
      String value = e.attrOr("lang", "");
      boolean valid = LanguageTags.hasKnownPrimary(value);
      if (valid) out.passed(e);
      else if (applicable.isTrue()) out.failed(e, INVALID, new AttributeValue("lang", value.trim()));
      else out.cantTell(e, INVALID_MAYBE_HIDDEN, new AttributeValue("lang", value.trim()));
    }
  }
}
