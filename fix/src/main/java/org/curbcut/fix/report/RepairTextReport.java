package org.curbcut.fix.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.curbcut.fix.RepairStatus;
import org.curbcut.report.ReportOptions;

/**
 * The repair report for people, read like a code review: per page, each repair with its place
 * (file:line), rule and WCAG criterion, what changed (before and after), why, where the value came
 * from and how sure it is; then "Needs your review" (machine guesses), "Still needs a person" (no
 * safe repair, with the reason and what to do) and how many findings are left for a person to
 * judge; a summary with counts and shares. Never a score, never a compliance claim.
 */
final class RepairTextReport {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String GREEN = "\u001b[32m";

  private final boolean color;
  private final StringBuilder out = new StringBuilder();

  RepairTextReport(ReportOptions options) {
    this.color = options.color();
  }

  void write(RepairReport r, Writer w) throws IOException {
    line(style(BOLD, Messages.get("text.title", Messages.get("tool.displayName"), r.toolVersion())));
    line(Messages.get("text.scope", r.level().label(), r.pages().size(), r.minConfidence().label(),
        r.started() == null ? "-" : r.started().toString()));
    for (PageRepair p : r.pages()) page(p);
    summary(r);
    w.write(out.toString());
    w.flush();
  }

  private void page(PageRepair p) {
    line("");
    line(style(BOLD, "== " + t(p.source()) + " =="));
    if (p.unread()) {
      line(style(RED, Messages.get("text.unread", t(p.error()))));
      return;
    }
    line(p.output().isEmpty() ? Messages.get("text.page.notWritten") : Messages.get("text.page.output", t(p.output())));
    if (p.repairs().isEmpty()) {
      line(Messages.get("text.page.nothing"));
    } else {
      line(Messages.get("text.page.counts", p.repairs().size(), p.count(RepairStatus.FIXED_VERIFIED),
          p.count(RepairStatus.FIXED_NEEDS_REVIEW), p.count(RepairStatus.NOT_REPAIRABLE)));
    }
    if (p.changed()) line(Messages.get("text.page.diff", p.diff().linesAdded(), p.diff().linesRemoved()));
    line(Messages.get("text.page.after", p.failedAfter(), p.cantTellAfter()));

    section(p, RepairStatus.FIXED_VERIFIED, GREEN, "text.section.fixed");
    section(p, RepairStatus.FIXED_NEEDS_REVIEW, YELLOW, "text.section.review");
    section(p, RepairStatus.NOT_REPAIRABLE, RED, "text.section.person");
    if (!p.newFailures().isEmpty()) {
      line("");
      line(style(BOLD + RED, Messages.get("text.section.newFailures", p.newFailures().size())));
      for (String f : p.newFailures()) line("  " + t(f));
    }
    line("");
    line(Messages.get("text.section.cantTell", p.cantTellAfter()));
  }

  private void section(PageRepair p, RepairStatus status, String colour, String key) {
    List<RepairItem> items = p.repairs().stream().filter(i -> i.status() == status).toList();
    if (items.isEmpty()) return;
    line("");
    line(style(BOLD + colour, Messages.get(key, items.size())));
    line("  " + Messages.get(key + ".explain"));
    // one change that repairs several elements (a page-level style, a shared id) is shown once
    java.util.Map<String, List<RepairItem>> groups = new java.util.LinkedHashMap<>();
    for (RepairItem i : items) {
      String group = i.repaired() ? i.rule() + "\u0000" + i.change() + "\u0000" + i.before() + "\u0000" + i.after()
          : "item" + groups.size();
      groups.computeIfAbsent(group, k -> new java.util.ArrayList<>()).add(i);
    }
    for (List<RepairItem> group : groups.values()) {
      RepairItem i = group.get(0);
      line("");
      line("  " + style(BOLD, t(Texts.location(p.source(), i.line(), i.column()))) + "  " + style(colour, i.rule())
          + "  " + t(Texts.criterion(i.wcag())));
      line("    " + style(DIM, t(i.selector())));
      if (i.repaired()) {
        if (!i.reason().isEmpty()) line("    " + t(i.reason()));
        line("    " + Messages.get("text.item.changed", t(i.change())));
        diff(i.before(), i.after());
        line("    " + Messages.get("text.item.why", t(i.message())));
        if (!i.value().isEmpty()) line("    " + Messages.get("text.item.value", t(i.value())));
        if (!i.provenance().isEmpty()) line("    " + Messages.get("text.item.source", t(i.provenance())));
        line("    " + Messages.get("text.item.confidence", i.confidence().label()));
        if (group.size() > 1) {
          line("    " + Messages.get("text.item.same-change", group.size() - 1));
          for (RepairItem other : group.subList(1, group.size())) {
            line("      " + t(Texts.location(p.source(), other.line(), other.column())) + "  " + style(DIM, t(other.selector())));
          }
        }
      } else {
        for (String l : i.before().split("\n")) line("      " + style(DIM, t(l)));
        line("    " + Messages.get("text.item.why", t(i.message())));
        line("    " + Messages.get("text.item.reason", t(i.reason())));
        if (!i.help().isBlank() && !i.reason().contains(i.help())) line("    " + Messages.get("text.item.todo", t(i.help())));
        String url = Texts.understandingUrl(i.wcag());
        if (!url.isEmpty()) line("    " + Messages.get("text.item.more", url));
      }
    }
  }

  private void diff(String before, String after) {
    for (String l : before.split("\n")) line("      " + style(RED, "- " + t(l)));
    for (String l : after.split("\n")) line("      " + style(GREEN, "+ " + t(l)));
  }

  private void summary(RepairReport r) {
    line("");
    line(style(BOLD, "== " + Messages.get("text.summary.title") + " =="));
    line(Messages.get("text.summary.pages", r.pages().size(), r.pagesChanged(), r.pagesUnread()));
    long before = r.failedBefore();
    line(Messages.get("text.summary.before", before));
    long fixed = r.count(RepairStatus.FIXED_VERIFIED);
    long review = r.count(RepairStatus.FIXED_NEEDS_REVIEW);
    long person = r.count(RepairStatus.NOT_REPAIRABLE);
    line("  " + Messages.get("text.summary.fixed", fixed, RepairReport.percent(fixed, before)));
    line("  " + Messages.get("text.summary.review", review, RepairReport.percent(review, before)));
    line("  " + Messages.get("text.summary.person", person, RepairReport.percent(person, before)));
    line(Messages.get("text.summary.after", r.failedAfter(), r.cantTellAfter(), r.newFailures()));
    line("");
    line(Messages.get("notice.scope"));
  }

  private static String t(String s) {
    return Texts.terminal(s);
  }

  private String style(String code, String s) {
    return color ? code + s + RESET : s;
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
