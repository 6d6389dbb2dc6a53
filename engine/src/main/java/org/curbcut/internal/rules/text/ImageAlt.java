package org.curbcut.internal.rules.text;

import java.util.List;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;

/**
 * ACT 23a2a8 "Image has non-empty accessible name".
 * Applicability: HTML {@code img} elements and HTML elements with the semantic role {@code img},
 * included in the accessibility tree. (SVG images are {@link SvgImgAlt}.)
 * Expectation: each has a non-empty accessible name, or is marked as decorative (its semantic role
 * is {@code none} or {@code presentation}, e.g. through {@code alt=""}).
 */
public final class ImageAlt implements Rule {
  private static final RuleMeta META = RuleMeta.of(ImageAlt.class, "image-alt",
      List.of("23a2a8"), List.of("1.1.1"), Level.A, Impact.CRITICAL)
      .withMessages(TextChecks.NAME_MESSAGES);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!e.isHtml()) continue;
      String role = TextChecks.role(ctx, e);
      if (!e.is("img") && !role.equals("img")) continue;
      Tri hidden = TextChecks.hidden(ctx, e);
      if (hidden.isTrue()) continue;
      if (!role.equals("img")) {
        // an img element whose semantic role is none/presentation is marked as decorative
        if (role.isEmpty() || Aria.isPresentational(role)) out.passed(e);
        continue;
      }
      TextChecks.expectName(ctx, e, ctx.aria().name(e), hidden, out);
    }
  }
}
