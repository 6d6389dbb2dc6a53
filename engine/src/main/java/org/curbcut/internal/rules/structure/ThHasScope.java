package org.curbcut.internal.rules.structure;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.AttributeValue;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.HeaderScope;
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
 * th-has-scope (WCAG 1.3.1, no ACT rule): the direction of a header cell — column or row — is
 * programmatically determined.
 *
 * <p>Applicability: a {@code th} header cell, not hidden from assistive technology, in an HTML
 * table with role table, grid or treegrid, when its direction needs saying: the table has header
 * cells both in its first row and in its first column (a two-axis table), or the cell's position
 * leaves the direction open (neither in the first row nor in the first column), or the direction
 * browsers compute for it (the {@code th} role heuristic of HTML-AAM: rowheader when its row holds
 * a {@code td}) differs from the one its position decides, or it has a {@code scope} attribute.
 * Also a {@code td} with a {@code scope} attribute.
 *
 * <p>Expectation 1: a {@code scope} attribute has a valid value (row, col, rowgroup, colgroup);
 * browsers ignore any other value ({@code invalid-scope}). Expectation 2: the direction is given —
 * by a valid {@code scope}, an explicit columnheader/rowheader role, or {@code headers} attributes
 * on the table's data cells — or the position decides it and browsers compute the same direction.
 * It fails ({@code no-scope}) only when the position decides the direction (a {@code th} in a
 * {@code thead} row, or in a first row that holds no data: column; a {@code th} in the first column
 * of a row that holds data cells: row) and browsers would announce it the other way. A two-axis table whose
 * headers browsers already read the way their position says passes: WCAG technique H51 makes such
 * simple tables sufficient without {@code scope}, and failing them would be a false failure.
 * Where the position leaves the direction open, a person decides: cantTell ({@code ambiguous}).
 *
 * <p>{@code scope} on a {@code td} is obsolete in HTML5 and browsers no longer make such a cell a
 * header. It is cantTell ({@code scope-on-td}), not failed: the cell may be a header the author
 * meant to mark (then it should be a {@code th}) or data with a leftover attribute, and only a
 * person can tell which; the failure, if any, is table-has-headers' or th-has-data-cells'.
 *
 * <p>The diagnostic ({@link HeaderScope}, which the fixer reads) gives the scope attribute as
 * written, the scope the position decides, and whether the table has headers on one axis only
 * (every header cell of the table in its first row, or every one in its first column).
 */
public final class ThHasScope implements Rule {
  static final MessageKey<HeaderScope> NO_SCOPE = MessageKey.of("no-scope", HeaderScope.class, ThHasScope::noScope);
  static final MessageKey<HeaderScope> INVALID_SCOPE = MessageKey.of("invalid-scope", HeaderScope.class,
      d -> new Object[] {d.declared(),
      d.decided() == null ? "" : d.decided(), d.oneAxis() ? "one-axis" : "two-axes"});
  static final MessageKey<Diagnostic> AMBIGUOUS = MessageKey.of("ambiguous");
  static final MessageKey<AttributeValue> SCOPE_ON_TD = MessageKey.of("scope-on-td", AttributeValue.class,
      d -> new Object[] {d.value()});
  private static final RuleMeta META = RuleMeta.of(ThHasScope.class, "th-has-scope",
      List.of(), List.of("1.3.1"), Level.A, Impact.MODERATE)
      .withMessages(NO_SCOPE, INVALID_SCOPE, AMBIGUOUS, SCOPE_ON_TD);
  static final Set<String> VALID = Set.of("row", "col", "rowgroup", "colgroup");

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
      Tri tableExposed = aria.isHiddenFromAT(table).not();
      if (tableExposed.isFalse()) continue;
      TableModel model = TableModel.of(aria, table);
      boolean firstRowHeaders = model.cells.stream().anyMatch(c -> c.header && c.y == 0 && c.x > 0);
      boolean firstColumnHeaders = model.cells.stream().anyMatch(c -> c.header && c.x == 0 && c.y > 0);
      boolean twoAxes = firstRowHeaders && firstColumnHeaders;
      boolean oneAxis = model.cells.stream().allMatch(c -> !c.header || c.y == 0)
          || model.cells.stream().allMatch(c -> !c.header || c.x == 0);
      boolean headersUsed = model.cells.stream().anyMatch(c -> !c.header && !c.element.attrOr("headers", "").isBlank());
      java.util.Map<Integer, List<TableModel.Cell>> dataByRow = new java.util.HashMap<>();
      for (TableModel.Cell c : model.cells) {
        if (c.header) continue;
        for (int y = c.y; y < c.y + c.height; y++) dataByRow.computeIfAbsent(y, k -> new java.util.ArrayList<>()).add(c);
      }
      for (TableModel.Cell cell : model.cells) {
        Element e = cell.element;
        Tri exposed = tableExposed.and(aria.isHiddenFromAT(e).not());
        if (exposed.isFalse()) continue;
        if (e.is("td")) {
          if (!cell.header && e.has("scope")) out.cantTell(e, SCOPE_ON_TD, new AttributeValue("scope", e.attrOr("scope", "")));
          continue;
        }
        if (!cell.header) continue;
        Optional<String> decided = positionScope(cell, dataByRow.getOrDefault(cell.y, List.of()));
        String scope = e.attrOr("scope", "").trim();
        if (!scope.isEmpty()) {
          if (VALID.contains(scope.toLowerCase(java.util.Locale.ROOT))) out.passed(e);
          else report(out, e, exposed, INVALID_SCOPE, new HeaderScope(scope, decided.orElse(null), oneAxis));
          continue;
        }
        Optional<String> computed = aria.role(e).map(r -> r.equals("rowheader") ? "row" : "col");
        boolean disagrees = decided.isPresent() && computed.isPresent() && !decided.equals(computed);
        boolean ambiguous = decided.isEmpty();
        if (!twoAxes && !ambiguous && !disagrees) continue; // inapplicable: a simple one-axis header
        if (aria.explicitRole(e).isPresent() || headersUsed) {
          out.passed(e);
        } else if (decided.isEmpty()) {
          out.cantTell(e, AMBIGUOUS);
        } else if (disagrees) {
          report(out, e, exposed, NO_SCOPE, new HeaderScope(null, decided.get(), oneAxis));
        } else {
          out.passed(e);
        }
      }
    }
  }

  private static void report(Outcomes out, Element e, Tri exposed, MessageKey<HeaderScope> key, HeaderScope found) {
    if (exposed.isTrue()) out.failed(e, key, found);
    else out.cantTell(e, key, found);
  }

  /**
   * The scope a header cell's position decides: {@code col} for a cell in a {@code thead} row;
   * {@code row} for a cell in the first column of a row that holds a data cell; {@code col} for
   * another cell of the first row when the row's data cells are empty (a first row with data in it
   * pairs keys and values, so its direction is open); empty otherwise.
   *
   * @param data the data cells that occupy the cell's first row
   */
  static Optional<String> positionScope(TableModel.Cell cell, List<TableModel.Cell> data) {
    Element row = cell.element.parent();
    if (row != null && row.is("tr") && row.parent() != null && row.parent().is("thead")) return Optional.of("col");
    if (cell.x == 0 && !data.isEmpty()) return Optional.of("row");
    if (cell.y == 0) {
      // a first row of headers beside an empty corner; a first row with data in it pairs keys and values
      return data.stream().anyMatch(c -> TableHasHeaders.hasText(c.element)) ? Optional.empty() : Optional.of("col");
    }
    return Optional.empty();
  }

  /** The decided scope, the axes, and the two directions in words. */
  private static Object[] noScope(HeaderScope d) {
    boolean col = d.decided().equals("col");
    return new Object[] {d.decided(), d.oneAxis() ? "one-axis" : "two-axes", col ? "column" : "row", col ? "row" : "column"};
  }
}
