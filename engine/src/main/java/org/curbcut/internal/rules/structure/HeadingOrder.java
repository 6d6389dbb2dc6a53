package org.curbcut.internal.rules.structure;

import java.util.List;
import java.util.Optional;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.HeadingLevels;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * Real-site check (no ACT rule; axe-core "heading-order"): heading levels increase by one at a
 * time, so the outline has no gaps (an h2 followed by an h4 suggests a missing section). Each
 * heading in the accessibility tree that skips levels after the previous one fails.
 */
public final class HeadingOrder implements Rule {
  private static final java.util.regex.Pattern LEVEL = java.util.regex.Pattern.compile("\\d{1,3}");
  private static final java.util.regex.Pattern HEADING_NAME = java.util.regex.Pattern.compile("h[1-6]");
  static final MessageKey<HeadingLevels> SKIPPED = MessageKey.of("skipped", HeadingLevels.class,
      d -> new Object[] {d.previous(), d.level()});
  private static final RuleMeta META = RuleMeta.of(HeadingOrder.class, "heading-order",
      List.of(), List.of(), Level.BEST_PRACTICE, Impact.MODERATE)
      .withMessages(SKIPPED);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    if (!Markup.isHtmlPage(ctx.page())) return;
    Aria aria = ctx.aria();
    int previous = 0;
    for (Element e : ctx.page().elements()) {
      if (Markup.inTemplate(e) || !Markup.role(aria, e).map("heading"::equals).orElse(false)) continue;
      if (!aria.isHiddenFromAT(e).isFalse()) continue;
      int level = level(e).orElse(2);
      if (previous > 0 && level > previous + 1) out.failed(e, SKIPPED, new HeadingLevels(previous, level));
      else if (previous > 0) out.passed(e);
      previous = level;
    }
  }

  /** aria-level when valid, else the h1–h6 number. */
  static Optional<Integer> level(Element e) {
    String al = e.attrOr("aria-level", "").strip();
    if (LEVEL.matcher(al).matches() && Integer.parseInt(al) > 0) return Optional.of(Integer.parseInt(al));
    if (e.isHtml() && HEADING_NAME.matcher(e.name()).matches()) return Optional.of(e.name().charAt(1) - '0');
    return Optional.empty();
  }
}
