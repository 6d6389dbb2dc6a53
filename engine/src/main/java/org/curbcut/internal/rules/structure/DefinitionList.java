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
 * wrapped in a {@code div}), {@code script} and {@code template}; each group starts with a
 * {@code dt} and ends with a {@code dd} (a description needs its term, a term its description);
 * and a {@code dt} or {@code dd} sits in a {@code dl} that is exposed as a list (no role, or list,
 * presentation, none), directly or through a {@code div} without a role.
 */
public final class DefinitionList implements Rule {
  static final MessageKey<UnexpectedChild> CHILD = MessageKey.of("child", UnexpectedChild.class,
      d -> new Object[] {d.child()});
  static final MessageKey<Diagnostic> NO_DL = MessageKey.of("no-dl", t -> new Object[] {t.name()});
  /** A dd with no dt before it in its group. */
  static final MessageKey<Diagnostic> DD_WITHOUT_DT = MessageKey.of("dd-without-dt");
  /** A group that ends with a dt: the term has no description. */
  static final MessageKey<Diagnostic> DT_WITHOUT_DD = MessageKey.of("dt-without-dd");
  /** Roles of a dl that keep its dt/dd items meaningful (as axe-core's dlitem allows). */
  private static final java.util.Set<String> LIST_ROLES = java.util.Set.of("list", "presentation", "none");
  private static final RuleMeta META = RuleMeta.of(DefinitionList.class, "definition-list",
      List.of(), List.of("1.3.1"), Level.A, Impact.SERIOUS)
      .withMessages(CHILD, NO_DL, DD_WITHOUT_DT, DT_WITHOUT_DD);

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
        MessageKey<Diagnostic> order = bad == null ? groupOrder(e) : null;
        if (bad != null) out.failed(e, CHILD, new UnexpectedChild(bad));
        else if (order != null) out.failed(e, order);
        else out.passed(e);
      } else if (e.is("dt", "dd") && aria.explicitRole(e).isEmpty() && !aria.isHiddenFromAT(e).isTrue()) {
        if (!inList(aria, e)) out.failed(e, NO_DL);
      }
    }
  }

  /** In a dl exposed as a list, directly or through a div without a role. */
  private static boolean inList(Aria aria, Element item) {
    Element p = item.parent();
    if (p != null && p.is("div") && p.attr("role").isEmpty()) p = p.parent();
    return p != null && p.is("dl") && aria.explicitRole(p).map(LIST_ROLES::contains).orElse(true);
  }

  /**
   * Whether every group starts with a dt and ends with a dd: the dl's own dt/dd children form one
   * run, each div another. Null when they do, else what is wrong first.
   */
  private static MessageKey<Diagnostic> groupOrder(Element dl) {
    MessageKey<Diagnostic> own = runOrder(dl);
    if (own != null) return own;
    for (Element c : dl.childElements().toList()) {
      if (!c.is("div")) continue;
      MessageKey<Diagnostic> inner = runOrder(c);
      if (inner != null) return inner;
    }
    return null;
  }

  private static MessageKey<Diagnostic> runOrder(Element parent) {
    boolean term = false;
    String last = null;
    for (Element c : parent.childElements().toList()) {
      if (c.is("dt")) term = true;
      else if (c.is("dd") && !term) return DD_WITHOUT_DT;
      if (c.is("dt", "dd")) last = c.name();
    }
    return "dt".equals(last) ? DT_WITHOUT_DD : null;
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
