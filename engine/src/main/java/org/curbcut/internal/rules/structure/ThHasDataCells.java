package org.curbcut.internal.rules.structure;

import java.util.List;
import java.util.Optional;
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
 * ACT d0f69e "Table header cell has assigned cells".
 * Applicability: an element with role columnheader or rowheader (a {@code th}, or the explicit
 * role) that is included in the accessibility tree, in a table, grid or treegrid that is included
 * in the accessibility tree. Expectation: at least one other cell of the table is assigned to it
 * (by the HTML header-assignment algorithm, a {@code headers} attribute, or for ARIA tables the
 * same column or row).
 */
public final class ThHasDataCells implements Rule {
  static final MessageKey<Diagnostic> NO_CELLS = MessageKey.of("no-cells");
  private static final RuleMeta META = RuleMeta.of(ThHasDataCells.class, "th-has-data-cells",
      List.of("d0f69e"), List.of("1.3.1"), Level.A, Impact.SERIOUS)
      .withMessages(NO_CELLS);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element table : ctx.allElements()) {
      if (Markup.inTemplate(table)) continue;
      Aria aria = ctx.aria(table.page());
      Optional<String> role = TableModel.tableRole(aria, table);
      if (role.isEmpty()) continue;
      Tri tableExposed = aria.isHiddenFromAT(table).not();
      if (tableExposed.isFalse()) continue;
      TableModel model = TableModel.of(aria, table);
      for (TableModel.Cell cell : model.cells) {
        if (!cell.header) continue;
        Tri exposed = tableExposed.and(aria.isHiddenFromAT(cell.element).not());
        if (exposed.isFalse()) continue;
        boolean assigned = !model.assignedCells(cell).isEmpty();
        if (assigned) out.passed(cell.element);
        else if (exposed.isTrue()) out.failed(cell.element, NO_CELLS);
        else out.cantTell(cell.element, NO_CELLS);
      }
    }
  }
}
