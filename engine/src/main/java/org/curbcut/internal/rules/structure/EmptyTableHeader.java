package org.curbcut.internal.rules.structure;

import java.util.List;
import java.util.Set;
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
 * Best practice (no ACT rule, no WCAG criterion of its own; axe-core "empty-table-header"): a
 * table header cell says what it heads. Applicability: an element exposed as a column or row
 * header ({@code th} in a data table, role columnheader or rowheader). Expectation: its
 * accessible name is not empty. An empty header cell gives every cell it heads an empty header,
 * and screen readers announce nothing where they should name the column or row. A name CSS may
 * change is cantTell.
 */
public final class EmptyTableHeader implements Rule {
  static final MessageKey<Diagnostic> EMPTY = MessageKey.of("empty", t -> new Object[] {t.name()});
  static final MessageKey<Diagnostic> UNKNOWN = MessageKey.of("unknown", t -> new Object[] {t.name()});
  private static final RuleMeta META = RuleMeta.of(EmptyTableHeader.class, "empty-table-header",
      List.of(), List.of(), Level.BEST_PRACTICE, Impact.MINOR)
      .withMessages(EMPTY, UNKNOWN);
  private static final Set<String> HEADER_ROLES = Set.of("columnheader", "rowheader");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (Markup.inTemplate(e) || !(e.isHtml() || e.has("role"))) continue;
      Aria aria = ctx.aria(e.page());
      if (!aria.role(e).map(HEADER_ROLES::contains).orElse(false)) continue;
      Tri hidden = aria.isHiddenFromAT(e);
      if (hidden.isTrue()) continue;
      AccessibleName name = aria.name(e);
      // a no-break space is no text either
      if (!Markup.isWhitespace(name.value())) out.passed(e);
      else if (name.known() != Tri.TRUE || hidden.isUnknown()) out.cantTell(e, UNKNOWN);
      else out.failed(e, EMPTY);
    }
  }
}
