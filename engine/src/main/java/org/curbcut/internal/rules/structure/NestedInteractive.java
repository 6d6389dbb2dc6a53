package org.curbcut.internal.rules.structure;

import java.util.List;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.FocusableContent;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Tri;

/**
 * Real-site check (no ACT rule; axe-core "nested-interactive"), 4.1.2 Name, Role, Value: a link,
 * a button or another control whose children are presentational contains no focusable element.
 * Screen readers flatten such a control to one item, so the inner control is unreachable or
 * announced wrongly. Applicability: an element in the accessibility tree with one of those roles.
 * Failed when a rendered descendant is in the tab order; cantTell when that is unknown.
 */
public final class NestedInteractive implements Rule {
  static final MessageKey<FocusableContent> NESTED = MessageKey.of("nested", FocusableContent.class,
      d -> new Object[] {d.role(), d.element().name()});
  private static final RuleMeta META = RuleMeta.of(NestedInteractive.class, "nested-interactive",
      List.of(), List.of("4.1.2"), Level.A, Impact.SERIOUS)
      .withMessages(NESTED);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (Markup.inTemplate(e)) continue;
      Aria aria = ctx.aria(e.page());
      String role = role(aria, e);
      if (role == null) continue;
      // roles whose children are presentational (WAI-ARIA data), and link, whose HTML content model forbids interactive content
      boolean container = role.equals("link") || aria.standards().role(role).map(r -> r.childrenPresentational()).orElse(false);
      if (!container) continue;
      if (!aria.isHiddenFromAT(e).isFalse()) continue;
      Tri nested = Tri.FALSE;
      Element culprit = null;
      for (Element d : e.descendants().toList()) {
        if (Markup.isDisabled(d) || Markup.inTemplate(d)) continue;
        Tri t = aria.isInTabOrder(d).and(Rendering.isRendered(d));
        if (t.isTrue()) {
          nested = t;
          culprit = d;
          break;
        }
        if (t.isUnknown() && culprit == null) {
          nested = Tri.UNKNOWN;
          culprit = d;
        }
      }
      if (nested.isFalse()) out.passed(e);
      else if (nested.isTrue()) out.failed(e, NESTED, new FocusableContent(role, culprit));
      else out.cantTell(e, NESTED, new FocusableContent(role, culprit));
    }
  }

  private static String role(Aria aria, Element e) {
    String r = Markup.role(aria, e).orElse(null);
    if (r != null) return r;
    if (e.is("a") && e.has("href")) return "link";
    if (e.is("button")) return "button";
    return null;
  }
}
