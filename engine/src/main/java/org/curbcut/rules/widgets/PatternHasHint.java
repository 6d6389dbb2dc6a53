package org.curbcut.rules.widgets;

import java.util.List;
import java.util.Set;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
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
  private static final RuleMeta META = RuleMeta.of(PatternHasHint.class, "pattern-has-hint",
      List.of(), List.of("3.3.2"), Level.A, Impact.MODERATE);
  private static final Set<String> TEXT_TYPES = Set.of("", "text", "search", "tel", "url", "email", "password");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!e.is("input") || !e.has("pattern") || !TEXT_TYPES.contains(e.token("type").orElse(""))) continue;
      if (Rendering.isRendered(e).isFalse()) continue;
      boolean title = e.attr("title").map(t -> !t.isBlank()).orElse(false);
      boolean described = !ctx.aria().description(e).isEmpty();
      if (title || described) out.passed(e);
      else out.failed(e, "no-hint", e.attrOr("pattern", ""));
    }
  }
}
