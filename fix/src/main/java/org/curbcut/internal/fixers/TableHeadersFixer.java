package org.curbcut.internal.fixers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.Edit;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.fix.Repair;
import org.curbcut.fix.SourceEdits;
import org.curbcut.rules.FirstRowHeaders;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;

/**
 * table-has-headers: makes the cells of a table's first row its column headers, with
 * {@code role="columnheader"} on each {@code td} that holds text. The rule fails a table only when
 * its markup marks the first row as headings (a {@code thead}, or a row of bold cells over rows
 * that are not); its diagnostic ({@link FirstRowHeaders}) gives that row and the evidence.
 *
 * <p>The cells stay {@code td}. Renaming them to {@code th} would give them the browser's header
 * look (bold, centred) and stop the site's own {@code td} selectors from styling them — a repair
 * must not change how a page looks, and must not rename the author's elements. The ARIA role gives
 * assistive technology the same header semantics (HTML-AAM maps a {@code th} to columnheader) and
 * the HTML header-assignment algorithm Curbcut and browsers use treats the cells as column headers.
 * An empty cell of the row (the top-left corner of a two-axis table) stays a data cell: an empty
 * header would be announced as nothing with every cell below it.
 *
 * <p>Confidence: likely when the row is in a {@code thead} (the author said it is the header row);
 * needs review when the only evidence is bold text (a guess from looks). One repair per table: its
 * edits cover every cell of the row that holds text.
 */
final class TableHeadersFixer implements Fixer {
  @Override
  public String rule() {
    return "table-has-headers";
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    Element table = failure.target();
    Optional<FirstRowHeaders> found = failure.diagnostic(FirstRowHeaders.class);
    if (found.isEmpty()) return FixerSupport.needsPerson(rule(), table, "table-headers.needs-person");
    String evidence = found.get().evidence();
    List<Edit> edits = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Element cell : found.get().row().childElements().filter(c -> c.is("td", "th")).toList()) {
      if (FixerSupport.squash(cell.textContent()).isEmpty()) continue;
      String role = cell.attrOr("role", "").trim();
      if (!role.isEmpty() && !role.equals("cell") && !role.equals("gridcell")) {
        return FixerSupport.needsPerson(rule(), table, "table-headers.needs-person");
      }
      Optional<Edit> edit = SourceEdits.setAttribute(cell, "role", "columnheader");
      if (edit.isEmpty()) return FixerSupport.notInSource(rule(), cell);
      edits.add(edit.get());
      names.add(FixerSupport.shorten(cell.textContent(), 30));
    }
    if (edits.isEmpty()) return FixerSupport.needsPerson(rule(), table, "table-headers.needs-person");
    boolean thead = evidence.equals("thead");
    String value = String.join(" | ", names);
    return new Repair(rule(), table, edits, FixContext.message("change.table-headers", edits.size(), value), value,
        FixContext.message(thead ? "table-headers.provenance.thead" : "table-headers.provenance.bold", evidence),
        thead ? Confidence.LIKELY : Confidence.NEEDS_REVIEW);
  }

}
