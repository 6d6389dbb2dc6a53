package org.curbcut.internal.rules.structure;

import java.util.List;
import org.curbcut.internal.aria.Aria;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.rules.Diagnostic;
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
 * Real-site check (no ACT rule; axe-core "definition-list" and "dlitem"), 1.3.1 Info and
 * Relationships: a {@code dl} directly contains only {@code dt}/{@code dd} groups (optionally each
 * wrapped in a {@code div}), {@code script} and {@code template}; and a {@code dt} or {@code dd}
 * sits in a {@code dl} (directly or through such a {@code div}).
 */
public final class DefinitionList implements Rule {
  static final MessageKey<UnexpectedChild> CHILD = MessageKey.of("child", UnexpectedChild.class,
      d -> new Object[] {d.child()});
  static final MessageKey<Diagnostic> NO_DL = MessageKey.of("no-dl", t -> new Object[] {t.name()});
  private static final RuleMeta META = RuleMeta.of(DefinitionList.class, "definition-list",
      List.of(), List.of("1.3.1"), Level.A, Impact.SERIOUS)
      .withMessages(CHILD, NO_DL);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (Markup.inTemplate(e)) continue;
      Aria aria = ctx.aria(e.page());
      if (e.is("dl") && aria.explicitRole(e).isEmpty() && !aria.isHiddenFromAT(e).isTrue()) {
        String bad = badChild(e, true);
        if (bad == null) out.passed(e);
        else out.failed(e, CHILD, new UnexpectedChild(bad));
      } else if (e.is("dt", "dd") && aria.explicitRole(e).isEmpty() && !aria.isHiddenFromAT(e).isTrue()) {
        Element p = e.parent();
        boolean ok = p != null && (p.is("dl") || (p.is("div") && p.parent() != null && p.parent().is("dl")));
        if (!ok) out.failed(e, NO_DL);
      }
    }
  }

  private static String badChild(Element parent, boolean allowDiv) {
    for (Node n : parent.children()) {
      if (n instanceof Text t && !Markup.isWhitespace(t.data())) return "text";
      if (n instanceof Element c) {
        if (c.is("dt", "dd") || c.isHtml() && HtmlStandards.get().isScriptSupporting(c.name())) continue;
        if (allowDiv && c.is("div") && c.attr("role").isEmpty()) {
          String inner = badChild(c, false);
          if (inner != null) return inner;
          continue;
        }
        return "<" + c.name() + ">";
      }
    }
    return null;
  }
}
