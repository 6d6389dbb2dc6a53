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

/**
 * ACT off6ek "HTML element language subtag matches language".
 * Applicability: an element in the body with a {@code lang} attribute from which some perceivable
 * text inherits its language. Expectation: the primary subtag matches the language of that text.
 * Curbcut does not detect natural languages yet: applicable elements are cantTell.
 */
public final class LangMatchesContent implements Rule {
  static final MessageKey<AttributeValue> CHECK = MessageKey.of("check", AttributeValue.class,
      d -> new Object[] {d.value()});
  private static final RuleMeta META = RuleMeta.of(LangMatchesContent.class, "lang-matches-content",
      List.of("off6ek"), List.of("3.1.2"), Level.AA, Impact.MODERATE)
      .withMessages(CHECK);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : LangScopes.langElementsInBody(ctx.page())) {
      if (LangScopes.hasPerceivableText(ctx.aria(), e).isFalse()) continue;
      out.cantTell(e, CHECK, new AttributeValue("lang", e.attrOr("lang", "").trim()));
    }
  }
}
