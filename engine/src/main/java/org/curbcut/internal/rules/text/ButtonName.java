package org.curbcut.internal.rules.text;

import java.util.List;
import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;

/**
 * ACT 97a4e1 "Button has non-empty accessible name".
 * Applicability: elements with the semantic role {@code button} that are included in the
 * accessibility tree, except {@code input type=image} (see {@link InputImageAlt}).
 * Expectation: each has a non-empty accessible name. An {@code input} of type submit or reset
 * always has one: the browser's default label ("Submit", "Reset") when it has no {@code value}.
 */
public final class ButtonName extends NonEmptyNameRule {
  private static final RuleMeta META = RuleMeta.of(ButtonName.class, "button-name",
      List.of("97a4e1"), List.of("4.1.2"), Level.A, Impact.CRITICAL)
      .withMessages(TextChecks.NAME_MESSAGES);

  public ButtonName() {
    super(META);
  }

  @Override
  boolean applies(RuleContext ctx, Element e) {
    if (TextChecks.inputType(e).map("image"::equals).orElse(false)) return false;
    return TextChecks.role(ctx, e).equals("button");
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!applies(ctx, e)) continue;
      Tri hidden = TextChecks.hidden(ctx, e);
      if (hidden.isTrue()) continue;
      boolean defaultLabel = TextChecks.inputType(e).map(t -> t.equals("submit") || t.equals("reset")).orElse(false)
          && !e.has("value");
      if (defaultLabel) {
        out.passed(e);
        continue;
      }
      AccessibleName name = ctx.aria().name(e);
      TextChecks.expectName(ctx, e, name, hidden, out);
    }
  }
}
