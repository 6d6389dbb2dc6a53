package org.curbcut.internal.rules.structure;

import java.util.List;
import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.Diagnostic;
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
 * Real-site check (no ACT rule; WCAG technique H71), 1.3.1 Info and Relationships: a
 * {@code fieldset} that groups form fields says what the group is. Applicability: a
 * {@code fieldset} exposed as a group (no other role) that is shown to assistive technology and
 * holds at least two form fields (one field in a fieldset, such as a search box, is only wrapped). Expectation: it has a non-empty accessible name, from its
 * {@code legend} (or aria-label / aria-labelledby). No legend, or an empty one, fails; a name CSS
 * may change or hide is cantTell.
 */
public final class FieldsetLegend implements Rule {
  static final MessageKey<Diagnostic> NO_LEGEND = MessageKey.of("no-legend");
  static final MessageKey<Diagnostic> EMPTY_LEGEND = MessageKey.of("empty-legend");
  static final MessageKey<Diagnostic> UNKNOWN = MessageKey.of("unknown");
  private static final RuleMeta META = RuleMeta.of(FieldsetLegend.class, "fieldset-legend",
      List.of(), List.of("1.3.1"), Level.A, Impact.MODERATE)
      .withMessages(NO_LEGEND, EMPTY_LEGEND, UNKNOWN);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!e.isHtml() || !e.is("fieldset") || Markup.inTemplate(e)) continue;
      Aria aria = ctx.aria(e.page());
      if (!aria.role(e).map("group"::equals).orElse(false)) continue;
      Tri hidden = aria.isHiddenFromAT(e);
      // one field (a search box with its button) is wrapped, not grouped: nothing to name
      if (hidden.isTrue() || e.descendants().filter(FormFields::isField).limit(2).count() < 2) continue;
      AccessibleName name = aria.name(e);
      if (!name.isEmpty()) out.passed(e);
      else if (name.known() != Tri.TRUE || hidden.isUnknown()) out.cantTell(e, UNKNOWN);
      else if (e.childElements().anyMatch(c -> c.is("legend"))) out.failed(e, EMPTY_LEGEND);
      else out.failed(e, NO_LEGEND);
    }
  }
}
