package org.curbcut.internal.rules.structure;

import java.util.List;
import java.util.Optional;
import org.curbcut.internal.aria.Aria;
import org.curbcut.internal.standards.AsciiWhitespace;
import org.curbcut.rules.IdReferences;
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
 * ACT a25f45 "Headers attribute specified on a cell refers to cells in the same table element".
 * Applicability: a {@code headers} attribute with at least one token on a cell of an HTML
 * {@code table} whose role is table, grid or treegrid and which is visible and included in the
 * accessibility tree. Expectation: every id refers to another element in the same table whose role
 * is columnheader or rowheader.
 */
public final class TdHeadersAttr implements Rule {
  static final MessageKey<IdReferences> OUTSIDE = MessageKey.of("outside", IdReferences.class,
      d -> new Object[] {d.references().get(0).value()});
  static final MessageKey<IdReferences> SELF = MessageKey.of("self", IdReferences.class,
      d -> new Object[] {d.references().get(0).value()});
  static final MessageKey<IdReferences> NOT_HEADER = MessageKey.of("not-header", IdReferences.class,
      d -> new Object[] {d.references().get(0).value()});
  private static final RuleMeta META = RuleMeta.of(TdHeadersAttr.class, "td-headers-attr",
      List.of("a25f45"), List.of("1.3.1"), Level.A, Impact.SERIOUS)
      .withMessages(OUTSIDE, SELF, NOT_HEADER);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element table : ctx.allElements()) {
      if (!table.is("table") || Markup.inTemplate(table)) continue;
      Aria aria = ctx.aria(table.page());
      if (TableModel.tableRole(aria, table).isEmpty()) continue;
      Tri shown = Markup.visibleAndExposed(aria, table);
      if (shown.isFalse()) continue;
      TableModel model = TableModel.of(aria, table);
      for (TableModel.Cell cell : model.cells) {
        Optional<String> headers = cell.element.attr("headers").filter(v -> !v.isBlank());
        if (headers.isEmpty()) continue;
        IdReferences.Problem problem = null;
        String bad = null;
        for (String id : AsciiWhitespace.split(headers.get())) {
          Optional<Element> target = aria.ids().target(cell.element, id);
          if (target.isEmpty() || target.get().ancestors().noneMatch(a -> a == table)) {
            problem = IdReferences.Problem.OUTSIDE_TABLE;
          } else if (target.get() == cell.element) {
            problem = IdReferences.Problem.SELF;
          } else if (!TableModel.isHeaderElement(aria, target.get())) {
            problem = IdReferences.Problem.NOT_HEADER;
          }
          if (problem != null) {
            bad = id;
            break;
          }
        }
        if (problem == null) out.passed(cell.element);
        else if (shown.isTrue()) out.failed(cell.element, key(problem), IdReferences.of(problem, "headers", bad));
        else out.cantTell(cell.element, key(problem), IdReferences.of(problem, "headers", bad));
      }
    }
  }

  private static MessageKey<IdReferences> key(IdReferences.Problem problem) {
    return switch (problem) {
      case OUTSIDE_TABLE -> OUTSIDE;
      case SELF -> SELF;
      case NOT_HEADER -> NOT_HEADER;
      default -> throw new IllegalArgumentException("not a headers problem: " + problem);
    };
  }
}
