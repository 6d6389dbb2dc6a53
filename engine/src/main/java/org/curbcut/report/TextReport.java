package org.curbcut.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.curbcut.audit.Finding;
import org.curbcut.report.ReportModel.PageModel;
import org.curbcut.report.ReportModel.RuleInfo;
import org.curbcut.report.ReportModel.RuleRun;
import org.curbcut.rules.Outcome;

/**
 * The report for people, in plain text: per page, what failed and what needs a person, grouped by
 * WCAG success criterion and rule, then what passed and what did not apply; a summary per page and
 * overall that says what was checked. A page whose audit stopped at its time limit says so first,
 * with the rules that did not run. Never a score, never a compliance claim.
 */
final class TextReport {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String GREEN = "\u001b[32m";

  private final boolean color;
  private final StringBuilder out = new StringBuilder();

  TextReport(ReportOptions options) {
    this.color = options.color();
  }

  void write(ReportModel m, Writer w) throws IOException {
    var r = m.report;
    line(style(BOLD, Messages.get("text.title", Messages.get("tool.displayName"), r.toolVersion())));
    line(Messages.get("text.scope", r.level().label(), m.pages.size(), r.started() == null ? "-" : r.started().toString()));
    for (PageModel p : m.pages) page(m, p);
    overall(m);
    w.write(out.toString());
    w.flush();
  }

  private void page(ReportModel m, PageModel p) {
    line("");
    line(style(BOLD, "== " + clean(p.source()) + " =="));
    if (p.unread()) {
      line(style(RED, Messages.get("page.unread", clean(p.page().error()))));
      return;
    }
    if (p.stopped()) line(style(BOLD + RED, clean(p.stoppedMessage())));
    Map<Outcome, Integer> c = p.ruleCounts();
    line(Messages.get("page.checked", p.runs().size(), c.get(Outcome.FAILED), c.get(Outcome.CANT_TELL),
        c.get(Outcome.PASSED), c.get(Outcome.INAPPLICABLE)));
    line(Messages.get("page.elements", p.findings(Outcome.FAILED).size(), p.findings(Outcome.CANT_TELL).size()));
    section(m, p, Outcome.FAILED, RED, "section.failed");
    section(m, p, Outcome.CANT_TELL, YELLOW, "section.cantTell");
    list(p.runs(Outcome.PASSED), GREEN, "text.passedRules");
    list(p.runs(Outcome.INAPPLICABLE), DIM, "text.inapplicableRules");
  }

  private void section(ReportModel m, PageModel p, Outcome o, String colour, String titleKey) {
    Map<String, Map<RuleInfo, List<Finding>>> groups = p.byCriterion(o, m.rules);
    if (groups.isEmpty()) return;
    line("");
    line(style(BOLD + colour, Messages.get(titleKey, p.runs(o).size(), p.findings(o).size())));
    if (o == Outcome.CANT_TELL) line("  " + Messages.get("section.cantTell.explain"));
    for (var g : groups.entrySet()) {
      line("");
      line("  " + style(BOLD, ReportModel.criterionLabel(g.getKey())));
      for (var rule : g.getValue().entrySet()) {
        RuleInfo info = rule.getKey();
        String also = info.wcag().size() > 1
            ? " " + Messages.get("rule.alsoCriteria", String.join(", ", info.wcag().subList(1, info.wcag().size())))
            : "";
        line("    " + style(colour, info.id()) + info.title().map(t -> ": " + clean(t)).orElse("")
            + " [" + info.level().label() + ", " + info.impact().label() + "]" + also);
        for (Finding f : rule.getValue()) {
          line("      " + clean(f.selector()) + "  " + style(DIM, location(f.line(), f.column())));
          line("        " + style(DIM, oneLine(f.snippet())));
          line("        " + clean(f.message()));
        }
        if (!info.help().isBlank()) line("      " + Messages.get("rule.help", clean(info.help())));
        info.helpUrl().ifPresent(u -> line("      " + Messages.get("rule.more", u)));
      }
    }
  }

  private void list(List<RuleRun> runs, String colour, String key) {
    if (runs.isEmpty()) return;
    line("");
    line(style(colour, Messages.get(key, runs.size())) + " "
        + runs.stream().map(r -> r.rule().id()).collect(Collectors.joining(", ")));
  }

  private void overall(ReportModel m) {
    line("");
    line(style(BOLD, "== " + Messages.get("overall.title") + " =="));
    line(Messages.get("overall.pages", m.pages.size(), m.unreadPages()));
    if (m.stoppedPages() > 0) line(style(BOLD + RED, Messages.get("overall.stopped", m.stoppedPages())));
    Map<Outcome, Integer> c = m.ruleCounts();
    line(Messages.get("overall.rules", m.rules.size(), c.get(Outcome.FAILED), c.get(Outcome.CANT_TELL),
        c.get(Outcome.PASSED), c.get(Outcome.INAPPLICABLE)));
    line(Messages.get("overall.elements", m.findings(Outcome.FAILED), m.findings(Outcome.CANT_TELL)));
    line("");
    line(Messages.get("notice.scope"));
  }

  static String location(int line, int column) {
    if (line <= 0) return Messages.get("location.unknown");
    return column > 0 ? Messages.get("location.lineColumn", line, column) : Messages.get("location.line", line);
  }

  private static String oneLine(String s) {
    return clean(s).replaceAll("\\s*\\n\\s*", " ");
  }

  private static String clean(String s) {
    return Escape.terminal(s);
  }

  private String style(String code, String s) {
    return color ? code + s + RESET : s;
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
