package org.curbcut.fix.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.curbcut.audit.PageReport;
import org.curbcut.audit.Selectors;
import org.curbcut.fix.Repair;
import org.curbcut.fix.RepairOutcome;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.RepairStatus;
import org.curbcut.fix.RepairedPage;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.RuleMeta;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;

/**
 * The repair of one page as the reports show it. Holds no DOM unless {@code keepResults} was
 * asked for (the EARL and HTML reports list passed elements only then, as the audit does).
 *
 * @param source the page as named on the command line (path or URL)
 * @param output where the repaired page was written (a path), or empty when it was not written
 * @param error why the page could not be read or repaired, or null
 * @param before the audit of the page as given
 * @param after the audit of the repaired page
 * @param repairs one per failed finding of {@code before}, in document order
 * @param newFailures failures the re-audit found that the original did not have (should be none), one line each
 * @param changed whether the repaired text differs from the original
 * @param diff the size of the change
 */
public record PageRepair(String source, String output, String error, PageReport before, PageReport after,
                         List<RepairItem> repairs, List<String> newFailures, boolean changed, DiffStats diff) {
  public PageRepair {
    repairs = List.copyOf(repairs);
    newFailures = List.copyOf(newFailures);
    output = output == null ? "" : output;
  }

  /** A page that could not be read or repaired. */
  public static PageRepair unread(String source, String error) {
    PageReport none = PageReport.failedToRead(source, error);
    return new PageRepair(source, "", error, none, none, List.of(), List.of(), false, DiffStats.NONE);
  }

  /**
   * The report of a page from the repair pipeline: a page that could not be read or repaired is
   * reported with its reason; a repaired one with its outcomes and the size of its diff.
   *
   * @param output where the repaired page was written, or empty
   * @param keepResults keep every rule result (with the DOM) for reports that list passed elements
   */
  public static PageRepair of(RepairedPage page, String output, boolean keepResults) {
    if (page.result().isEmpty()) return unread(page.name(), page.error().orElse(""));
    return of(page.result().get(), output, page.diff(), keepResults);
  }

  /**
   * The report of a repair.
   *
   * @param output where the repaired page was written, or empty
   * @param unifiedDiff the page's diff (for its size), may be empty
   * @param keepResults keep every rule result (with the DOM) for reports that list passed elements
   */
  public static PageRepair of(RepairResult r, String output, String unifiedDiff, boolean keepResults) {
    SourceText text = new SourceText(r.original().text());
    List<RepairItem> items = new ArrayList<>();
    Function<Element, String> selectors = Selectors.remembering();
    for (RepairOutcome o : r.outcomes()) items.add(item(o, text, selectors));
    items.sort(java.util.Comparator.comparingInt(RepairItem::line).thenComparingInt(RepairItem::column));
    List<String> fresh = new ArrayList<>();
    for (RuleResult f : r.newFailures()) {
      Element e = f.target();
      fresh.add(f.rule().id() + " " + selectors.apply(e) + ": " + f.message());
    }
    return new PageRepair(r.original().source(), output, null, strip(r.before(), keepResults), strip(r.after(), keepResults),
        items, fresh, r.changed(), unifiedDiff == null || unifiedDiff.isEmpty() ? DiffStats.NONE : DiffStats.of(unifiedDiff));
  }

  private static PageReport strip(PageReport p, boolean keep) {
    return keep ? p : p.withoutResults();
  }

  private static RepairItem item(RepairOutcome o, SourceText text, Function<Element, String> selectors) {
    RuleResult f = o.failure();
    RuleMeta m = f.rule();
    Element e = f.target();
    var start = e.startTag().start();
    int line = Math.max(0, start.line());
    int column = Math.max(0, start.column());
    String snippet = e.sourceSnippet();
    if (snippet == null || snippet.isEmpty()) snippet = "<" + e.name() + ">";
    Repair rep = o.repair();
    if (rep == null || o.status() == RepairStatus.NOT_REPAIRABLE) {
      return new RepairItem(m.id(), m.description(), m.wcag(), m.level(), m.impact(), m.help(), selectors.apply(e), line,
          column, nz(f.message()), RepairStatus.NOT_REPAIRABLE, "", "", "", null, nz(o.reason()), SourceText.trim(snippet), "", List.of());
    }
    int tagStart = start.offset();
    int tagEnd = e.startTag().end().offset();
    String[] snippets = text.snippets(rep.edits(), tagStart, tagStart >= 0 && tagEnd >= tagStart ? tagEnd : -1);
    List<EditSpan> spans = rep.edits().stream()
        .sorted(java.util.Comparator.comparingInt(org.curbcut.fix.Edit::start))
        .map(text::span).toList();
    return new RepairItem(m.id(), m.description(), m.wcag(), m.level(), m.impact(), m.help(), selectors.apply(e), line, column,
        nz(f.message()), o.status(), nz(rep.change()), nz(rep.value()), nz(rep.provenance()), rep.confidence(), nz(o.reason()), snippets[0], snippets[1],
        spans);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** True when the page could not be read or repaired ({@link #error()} says why). */
  public boolean unread() {
    return error != null;
  }

  /** How many of the page's failures ended with this status. */
  public long count(RepairStatus s) {
    return repairs.stream().filter(i -> i.status() == s).count();
  }

  /** Failed findings left after repair. */
  public long failedAfter() {
    return after.count(Outcome.FAILED);
  }

  /** Findings left for a person to judge after repair (cantTell). */
  public long cantTellAfter() {
    return after.count(Outcome.CANT_TELL);
  }
}
