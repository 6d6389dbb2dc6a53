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
import org.curbcut.rules.UnexpectedChild;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Text;

/**
 * axe-core "list", 1.3.1 Info and Relationships: a {@code ul}, {@code ol} or {@code menu} that is
 * exposed as a list directly contains only {@code li}, {@code script} and {@code template}
 * elements, or elements with role listitem (and no text), so assistive technology announces the right number of items. This is
 * ACT bc4a75 (required owned elements) for the implicit list role, which
 * {@code aria-required-children} leaves to this rule.
 */
public final class ListStructure implements Rule {
  static final MessageKey<UnexpectedChild> CHILD = MessageKey.of("child", UnexpectedChild.class,
      d -> new Object[] {d.child()});
  private static final RuleMeta META = RuleMeta.of(ListStructure.class, "list",
      List.of("bc4a75"), List.of("1.3.1"), Level.A, Impact.SERIOUS)
      .withMessages(CHILD);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!e.isHtml() || !HtmlStandards.get().isListElement(e.name()) || Markup.inTemplate(e)) continue;
      Aria aria = ctx.aria(e.page());
      if (aria.explicitRole(e).map(r -> !r.equals("list")).orElse(false)) continue;
      if (aria.isHiddenFromAT(e).isTrue()) continue;
      String bad = null;
      for (Node n : e.children()) {
        if (n instanceof Text t && !Markup.isWhitespace(t.data())) {
          bad = "text";
          break;
        }
        if (n instanceof Element c && !c.is("script", "template")) {
          // an li, or any element with role listitem (the list owns it as an item)
          boolean item = aria.explicitRole(c).map(r -> r.equals("listitem")).orElse(c.is("li"));
          if (!item && !aria.isHiddenFromAT(c).isTrue()) {
            bad = "<" + c.name() + ">";
            break;
          }
        }
      }
      if (bad == null) out.passed(e);
      else out.failed(e, CHILD, new UnexpectedChild(bad));
    }
  }
}
