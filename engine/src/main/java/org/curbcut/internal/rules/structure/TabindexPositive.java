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
 * Real-site check (no ACT rule; axe-core "tabindex"): no element has a positive {@code tabindex}.
 * A positive value moves the element ahead of everything else in the tab order, which rarely
 * matches the reading order (2.4.3 Focus Order). Best practice: the order may still happen to be
 * meaningful, so this is not reported as a WCAG failure.
 */
public final class TabindexPositive implements Rule {
  private static final java.util.regex.Pattern NON_NEGATIVE = java.util.regex.Pattern.compile("\\+?\\d+");
  static final MessageKey<AttributeValue> POSITIVE = MessageKey.of("positive", AttributeValue.class,
      d -> new Object[] {d.value()});
  private static final RuleMeta META = RuleMeta.of(TabindexPositive.class, "tabindex-positive",
      List.of(), List.of(), Level.BEST_PRACTICE, Impact.SERIOUS)
      .withMessages(POSITIVE);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!e.has("tabindex") || Markup.inTemplate(e)) continue;
      String v = e.attrOr("tabindex", "").strip();
      if (!NON_NEGATIVE.matcher(v).matches()) continue;
      long n;
      try {
        n = Long.parseLong(v.replace("+", ""));
      } catch (NumberFormatException tooBig) {
        n = Long.MAX_VALUE;
      }
      if (n > 0) out.failed(e, POSITIVE, new AttributeValue("tabindex", v));
    }
  }
}
