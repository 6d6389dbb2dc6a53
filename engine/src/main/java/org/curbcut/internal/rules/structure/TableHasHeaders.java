package org.curbcut.internal.rules.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.FirstRowHeaders;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Text;
import org.curbcut.snapshot.Tri;

/**
 * table-has-headers (WCAG 1.3.1, no ACT rule).
 *
 * <p>Applicability: a rendered HTML {@code table} that is not hidden from assistive technology,
 * whose role is table, grid or treegrid (not presentation or none), and that looks like a data
 * table: at least two rows and at least two columns hold a cell with text. A table inside another
 * table, or with one column only, is treated as layout and is inapplicable.
 *
 * <p>Expectation 1: the table has at least one header cell (a {@code th}, or a cell with role
 * columnheader or rowheader).
 *
 * <p>A table without header cells fails only when its own markup says which cells head it: its
 * first row sits in a {@code thead}, or every cell of the first row with text is entirely bold —
 * wrapped in {@code b}/{@code strong}, or given {@code font-weight: bold} (on the cell or its row)
 * by a declaration the static cascade reads, while the second row is not. Then the first row is
 * meant as column headers but is announced as data ({@code first-row-headers}). Otherwise a person
 * decides whether the table holds data and which cells head it: cantTell. A table that holds
 * another table is likely a layout table: it is never failed, only cantTell.
 */
public final class TableHasHeaders implements Rule {
  static final MessageKey<FirstRowHeaders> FIRST_ROW_HEADERS = MessageKey.of("first-row-headers", FirstRowHeaders.class,
      d -> new Object[] {d.evidence()});
  static final MessageKey<Diagnostic> NO_HEADERS = MessageKey.of("no-headers");
  private static final RuleMeta META = RuleMeta.of(TableHasHeaders.class, "table-has-headers",
      List.of(), List.of("1.3.1"), Level.A, Impact.SERIOUS)
      .withMessages(FIRST_ROW_HEADERS, NO_HEADERS);
  private static final Set<String> BOLD = Set.of("bold", "bolder", "600", "700", "800", "900");

  /** Why the first row reads as headers. */
  enum Evidence { THEAD, BOLD_MARKUP, BOLD_STYLE }

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element table : ctx.allElements()) {
      if (!table.is("table") || Markup.inTemplate(table)) continue;
      if (table.ancestors().anyMatch(a -> a.is("table"))) continue; // nested: layout
      Aria aria = ctx.aria(table.page());
      if (TableModel.tableRole(aria, table).isEmpty()) continue;
      Tri exposed = Rendering.isRendered(table).and(aria.isHiddenFromAT(table).not());
      if (exposed.isFalse()) continue;
      TableModel model = TableModel.of(aria, table);
      if (!looksLikeData(model)) continue;
      if (model.cells.stream().anyMatch(c -> c.header)) {
        out.passed(table);
        continue;
      }
      Optional<Evidence> evidence = firstRowEvidence(model);
      boolean holdsTable = table.descendants().anyMatch(d -> d.is("table"));
      if (evidence.isPresent() && exposed.isTrue() && !holdsTable) {
        out.failed(table, FIRST_ROW_HEADERS, new FirstRowHeaders(firstRow(model), evidenceWords(evidence.get())));
      } else {
        out.cantTell(table, NO_HEADERS);
      }
    }
  }

  private static String evidenceWords(Evidence e) {
    return switch (e) {
      case THEAD -> "thead";
      case BOLD_MARKUP -> "b/strong";
      case BOLD_STYLE -> "font-weight";
    };
  }

  /** The table's first row: the row of its cells at y 0 (there are some when the row reads as headers). */
  private static Element firstRow(TableModel model) {
    return model.cells.stream().filter(c -> c.y == 0).findFirst().map(c -> c.element.parent()).orElseThrow();
  }

  /** At least two rows and two columns hold a cell with text. */
  static boolean looksLikeData(TableModel model) {
    Set<Integer> rows = new HashSet<>();
    Set<Integer> columns = new HashSet<>();
    for (TableModel.Cell c : model.cells) {
      if (!hasText(c.element)) continue;
      rows.add(c.y);
      columns.add(c.x);
    }
    return rows.size() >= 2 && columns.size() >= 2;
  }

  static boolean hasText(Element cell) {
    return !Markup.texts(cell).isEmpty();
  }

  /** What says the first row holds column headers, if anything. */
  static Optional<Evidence> firstRowEvidence(TableModel model) {
    List<TableModel.Cell> first = model.cells.stream().filter(c -> c.y == 0).toList();
    List<TableModel.Cell> withText = first.stream().filter(c -> hasText(c.element)).toList();
    if (withText.size() < 2) return Optional.empty();
    Element row = first.get(0).element.parent();
    if (row != null && row.parent() != null && row.parent().is("thead")) return Optional.of(Evidence.THEAD);
    if (withText.stream().allMatch(c -> boldMarkup(c.element))) return Optional.of(Evidence.BOLD_MARKUP);
    if (withText.stream().allMatch(c -> boldStyle(c.element).isTrue())) {
      List<TableModel.Cell> second = model.cells.stream().filter(c -> c.y == 1 && hasText(c.element)).toList();
      if (!second.isEmpty() && second.stream().allMatch(c -> boldStyle(c.element).isFalse())) return Optional.of(Evidence.BOLD_STYLE);
    }
    return Optional.empty();
  }

  /** Every text of the cell lies inside a {@code b} or {@code strong} within the cell. */
  static boolean boldMarkup(Element cell) {
    List<Text> texts = Markup.texts(cell);
    if (texts.isEmpty()) return false;
    for (Text t : texts) {
      boolean bold = false;
      for (Element p = t.parent(); p != null && p != cell; p = p.parent()) {
        if (p.is("b", "strong")) {
          bold = true;
          break;
        }
      }
      if (!bold) return false;
    }
    return true;
  }

  /**
   * Whether the cell is bold by an author declaration on the cell, or (inherited) on its row: TRUE
   * for bold, FALSE for a declared normal weight or nothing declared, UNKNOWN when a rule that could
   * set the weight could not be read.
   */
  static Tri boldStyle(Element cell) {
    for (Element e = cell; e != null; e = e.parent()) {
      if (Rendering.style(e, "font-weight").unevaluated()) return Tri.UNKNOWN;
      Optional<String> w = Rendering.style(e, "font-weight").declared();
      if (w.isPresent()) {
        String v = w.get().replace("!important", "").trim().toLowerCase(Locale.ROOT);
        if (v.equals("inherit") || v.equals("unset")) {
          if (e.is("tr")) return Tri.FALSE;
          continue;
        }
        return Tri.of(BOLD.contains(v));
      }
      if (e.is("tr")) return Tri.FALSE;
    }
    return Tri.FALSE;
  }
}
