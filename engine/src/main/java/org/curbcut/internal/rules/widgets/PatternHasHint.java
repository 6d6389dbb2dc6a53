package org.curbcut.internal.rules.widgets;

import java.util.List;
import org.curbcut.internal.aria.Aria;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.rules.AttributeValue;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Rendering;

/**
 * pattern-has-hint (WCAG 3.3.2, no ACT rule). Applicability: a rendered text field with a
 * {@code pattern}. Expectation 1: the format it demands is described: a {@code title} (which
 * browsers show when the pattern is not matched, as the HTML standard intends) or an accessible
 * description. A field whose label happens to describe the format is a cantTell no machine can
 * settle, so only fields with neither are failed.
 */
public final class PatternHasHint implements Rule {
  static final MessageKey<AttributeValue> NO_HINT = MessageKey.of("no-hint", AttributeValue.class,
      d -> new Object[] {d.value()});
  private static final RuleMeta META = RuleMeta.of(PatternHasHint.class, "pattern-has-hint",
      List.of(), List.of("3.3.2"), Level.A, Impact.MODERATE)
      .withMessages(NO_HINT);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!applies(e)) continue;
      if (isDescribed(e, ctx.aria())) out.passed(e);
      else out.failed(e, NO_HINT, new AttributeValue("pattern", e.attrOr("pattern", "")));
    }
  }

  /**
   * The type values (trimmed, lower case; "" when absent) of the free-text inputs these hints
   * are about. Unknown values are left out, though HTML gives them the Text state.
   */
  static boolean isFreeText(String type) {
    return type.isEmpty() || HtmlStandards.get().isFreeTextInputType(type);
  }
  private static boolean applies(Element e) {
    if (!e.is("input") || !e.has("pattern") || !isFreeText(e.token("type").orElse(""))) return false;
    return !Rendering.isRendered(e).isFalse();
  }

  private static boolean isDescribed(Element e, Aria aria) {
    boolean title = e.attr("title").map(t -> !t.isBlank()).orElse(false);
    return title || !aria.description(e).isEmpty();
  }
}
