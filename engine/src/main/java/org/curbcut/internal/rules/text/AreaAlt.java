package org.curbcut.internal.rules.text;

import java.util.List;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * Image map areas have a text alternative (no ACT rule; axe-core's {@code area-alt}).
 * Applicability: HTML {@code area} elements with an {@code href} (they are links), without an
 * explicit role, whose {@code map} is included in the accessibility tree.
 * Expectation: each has a non-empty accessible name ({@code alt}, {@code aria-label} or
 * {@code aria-labelledby}), which is both the region's text alternative and the link's purpose.
 */
public final class AreaAlt extends NonEmptyNameRule {
  private static final RuleMeta META = RuleMeta.of(AreaAlt.class, "area-alt",
      List.of(), List.of("1.1.1", "2.4.4", "4.1.2"), Level.A, Impact.CRITICAL)
      .withMessages(TextChecks.NAME_MESSAGES);

  public AreaAlt() {
    super(META);
  }

  @Override
  boolean applies(RuleContext ctx, Element e) {
    return e.isHtml() && e.is("area") && e.has("href") && e.attr("role").map(String::isBlank).orElse(true);
  }
}
