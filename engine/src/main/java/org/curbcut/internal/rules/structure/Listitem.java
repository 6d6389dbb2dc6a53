package org.curbcut.internal.rules.structure;

import java.util.List;
import org.curbcut.internal.aria.Aria;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.rules.UnexpectedParent;
import org.curbcut.snapshot.Element;

/**
 * Real-site check (no ACT rule; axe-core "listitem"), 1.3.1 Info and Relationships: an {@code li}
 * exposed as a list item has a {@code ul}, {@code ol} or {@code menu} parent (or a parent with
 * role list), otherwise it is announced outside any list.
 */
public final class Listitem implements Rule {
  static final MessageKey<UnexpectedParent> NO_LIST = MessageKey.of("no-list", UnexpectedParent.class,
      d -> new Object[] {d.parent()});
  private static final RuleMeta META = RuleMeta.of(Listitem.class, "listitem",
      List.of(), List.of("1.3.1"), Level.A, Impact.SERIOUS)
      .withMessages(NO_LIST);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!e.is("li") || Markup.inTemplate(e)) continue;
      Aria aria = ctx.aria(e.page());
      if (aria.explicitRole(e).map(r -> !r.equals("listitem")).orElse(false)) continue;
      if (aria.isHiddenFromAT(e).isTrue()) continue;
      Element p = e.parent();
      if (p == null) continue;
      boolean listParent = aria.explicitRole(p).map(r -> r.equals("list"))
          .orElse(p.isHtml() && HtmlStandards.get().isListElement(p.name()));
      if (listParent) out.passed(e);
      else out.failed(e, NO_LIST, new UnexpectedParent(p.name()));
    }
  }
}
