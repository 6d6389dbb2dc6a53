package org.curbcut.internal.rules.text;

import java.util.List;
import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.internal.aria.NameSource;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;

/**
 * ACT 59796f "Image button has non-empty accessible name".
 * Applicability: HTML {@code input} elements of type {@code image} included in the accessibility
 * tree. Expectation: each has a non-empty accessible name. The browser's default label ("Submit
 * Query"), which HTML-AAM gives an image button without alt, aria-label(ledby) or title, does not
 * count: it says nothing about the image.
 */
public final class InputImageAlt implements Rule {
  private static final RuleMeta META = RuleMeta.of(InputImageAlt.class, "input-image-alt",
      List.of("59796f"), List.of("1.1.1", "4.1.2"), Level.A, Impact.CRITICAL)
      .withMessages(TextChecks.NAME_MESSAGES);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!TextChecks.inputType(e).map("image"::equals).orElse(false)) continue;
      Tri hidden = TextChecks.hidden(ctx, e);
      if (hidden.isTrue()) continue;
      AccessibleName name = ctx.aria().name(e);
      boolean altBlank = e.attr("alt").map(String::isBlank).orElse(true);
      if ((name.source() == NameSource.HOST_LANGUAGE && altBlank) || name.source() == NameSource.NONE) {
        name = new AccessibleName("", NameSource.NONE, name.known());
      }
      TextChecks.expectName(ctx, e, name, hidden, out);
    }
  }
}
