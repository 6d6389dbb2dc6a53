package org.curbcut.fix.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.curbcut.audit.AuditReport;
import org.curbcut.fix.RepairStatus;
import org.curbcut.report.ReportFormat;

/**
 * The repair report as one self-contained, accessible HTML document, in the style of the audit's
 * HTML report (its stylesheet is reused): no scripts, no external resources; landmarks, a skip
 * link, one h1 and a strict heading hierarchy (h2 page, h3 outcome, h4 repair), tables with
 * captions and scoped header cells, every piece of page content HTML-escaped. It passes Curbcut's
 * own audit with no failed finding (a test keeps it so).
 */
final class RepairHtmlReport {
  private static final String EXTRA_CSS = """
      .fixed{color:#1d5a22}
      .review{color:#5f4300}
      .person{color:#8b0000}
      dl.repair{margin:.25rem 0}
      dl.repair dt{font-weight:bold}
      dl.repair dd{margin:0 0 .5rem 1.5rem}
      """;
  private static volatile String auditCss;

  private final StringBuilder out = new StringBuilder();

  void write(RepairReport r, Writer w) throws IOException {
    String tool = Messages.get("tool.displayName");
    String started = r.started() == null ? "-" : r.started().toString();
    out.append("<!DOCTYPE html>\n<html lang=\"").append(e(Messages.get("html.lang"))).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(e(Messages.get("html.pageTitle", r.pages().size(), tool + " " + r.toolVersion())))
        .append("</title>\n<style>\n").append(css()).append(EXTRA_CSS).append("</style>\n</head>\n<body>\n");
    out.append("<header>\n<a class=\"skip\" href=\"#main\">").append(e(Messages.get("html.skip"))).append("</a>\n")
        .append("<p class=\"tool\">").append(e(tool + " " + r.toolVersion())).append("</p>\n")
        .append("<h1>").append(e(Messages.get("html.title"))).append("</h1>\n")
        .append("<p>").append(e(Messages.get("html.generated", tool, r.toolVersion(), r.level().label(),
            r.minConfidence().label(), started))).append("</p>\n</header>\n");
    if (r.pages().size() > 1) {
      out.append("<nav aria-label=\"").append(e(Messages.get("html.pagesNav"))).append("\">\n<details open>\n<summary>")
          .append(e(Messages.get("html.pagesNav.toggle", r.pages().size()))).append("</summary>\n<ul>\n");
      for (int i = 0; i < r.pages().size(); i++) {
        out.append("<li><a href=\"#").append(pageId(i)).append("\">").append(e(r.pages().get(i).source())).append("</a></li>\n");
      }
      out.append("</ul>\n</details>\n</nav>\n");
    }
    out.append("<main id=\"main\">\n");
    summary(r);
    for (int i = 0; i < r.pages().size(); i++) page(r.pages().get(i), pageId(i));
    out.append("</main>\n<footer>\n<p>").append(e(Messages.get("html.footer", tool, r.toolVersion())))
        .append("</p>\n</footer>\n</body>\n</html>\n");
    w.write(out.toString());
    w.flush();
  }

  private void summary(RepairReport r) {
    out.append("<section aria-labelledby=\"summary-heading\">\n<h2 id=\"summary-heading\">")
        .append(e(Messages.get("html.summary"))).append("</h2>\n");
    out.append("<p class=\"notice\">").append(e(Messages.get("notice.scope"))).append("</p>\n");
    long before = r.failedBefore();
    long fixed = r.count(RepairStatus.FIXED_VERIFIED);
    long review = r.count(RepairStatus.FIXED_NEEDS_REVIEW);
    long person = r.count(RepairStatus.NOT_REPAIRABLE);
    out.append("<p>").append(e(Messages.get("text.summary.pages", r.pages().size(), r.pagesChanged(), r.pagesUnread())))
        .append(' ').append(e(Messages.get("text.summary.before", before))).append("</p>\n<ul>\n")
        .append("<li>").append(e(Messages.get("text.summary.fixed", fixed, RepairReport.percent(fixed, before)).strip())).append("</li>\n")
        .append("<li>").append(e(Messages.get("text.summary.review", review, RepairReport.percent(review, before)).strip())).append("</li>\n")
        .append("<li>").append(e(Messages.get("text.summary.person", person, RepairReport.percent(person, before)).strip())).append("</li>\n")
        .append("</ul>\n<p>").append(e(Messages.get("text.summary.after", r.failedAfter(), r.cantTellAfter(), r.newFailures())))
        .append("</p>\n");
    out.append("<table>\n<caption>").append(e(Messages.get("html.summary.caption"))).append("</caption>\n<thead>\n<tr>");
    for (String k : List.of("page", "before", "fixed", "review", "person", "after", "cantTell")) {
      out.append("<th scope=\"col\">").append(e(Messages.get("html.col." + k))).append("</th>");
    }
    out.append("</tr>\n</thead>\n<tbody>\n");
    for (int i = 0; i < r.pages().size(); i++) {
      PageRepair p = r.pages().get(i);
      out.append("<tr><th scope=\"row\"><a href=\"#").append(pageId(i)).append("\">").append(e(p.source())).append("</a></th>");
      if (p.unread()) {
        out.append("<td colspan=\"6\">").append(e(Messages.get("text.unread", p.error()))).append("</td>");
      } else {
        cells(p.repairs().size(), p.count(RepairStatus.FIXED_VERIFIED), p.count(RepairStatus.FIXED_NEEDS_REVIEW),
            p.count(RepairStatus.NOT_REPAIRABLE), p.failedAfter(), p.cantTellAfter());
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n<tfoot>\n<tr><th scope=\"row\">").append(e(Messages.get("html.totals"))).append("</th>");
    cells(before, fixed, review, person, r.failedAfter(), r.cantTellAfter());
    out.append("</tr>\n</tfoot>\n</table>\n</section>\n");
  }

  private void cells(long... values) {
    for (long v : values) out.append("<td>").append(v).append("</td>");
  }

  private void page(PageRepair p, String id) {
    out.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-heading\">\n")
        .append("<h2 id=\"").append(id).append("-heading\">").append(e(Messages.get("html.page", p.source()))).append("</h2>\n");
    if (p.unread()) {
      out.append("<p class=\"person\">").append(e(Messages.get("text.unread", p.error()))).append("</p>\n</section>\n");
      return;
    }
    out.append("<p>").append(e(p.output().isEmpty() ? Messages.get("text.page.notWritten")
        : Messages.get("text.page.output", p.output()))).append(' ');
    if (p.repairs().isEmpty()) {
      out.append(e(Messages.get("text.page.nothing")));
    } else {
      out.append(e(Messages.get("text.page.counts", p.repairs().size(), p.count(RepairStatus.FIXED_VERIFIED),
          p.count(RepairStatus.FIXED_NEEDS_REVIEW), p.count(RepairStatus.NOT_REPAIRABLE))));
    }
    if (p.changed()) out.append(' ').append(e(Messages.get("text.page.diff", p.diff().linesAdded(), p.diff().linesRemoved())));
    out.append(' ').append(e(Messages.get("text.page.after", p.failedAfter(), p.cantTellAfter()))).append("</p>\n");
    section(p, id, RepairStatus.FIXED_VERIFIED, "fixed", "text.section.fixed", "html.none.fixed");
    section(p, id, RepairStatus.FIXED_NEEDS_REVIEW, "review", "text.section.review", "html.none.review");
    section(p, id, RepairStatus.NOT_REPAIRABLE, "person", "text.section.person", "html.none.person");
    if (!p.newFailures().isEmpty()) {
      out.append("<h3 class=\"person\">").append(e(Messages.get("text.section.newFailures", p.newFailures().size())))
          .append("</h3>\n<ul>\n");
      for (String f : p.newFailures()) out.append("<li>").append(e(f)).append("</li>\n");
      out.append("</ul>\n");
    }
    out.append("<p>").append(e(Messages.get("text.section.cantTell", p.cantTellAfter()))).append("</p>\n</section>\n");
  }

  private void section(PageRepair p, String pageId, RepairStatus status, String cls, String key, String noneKey) {
    List<RepairItem> items = p.repairs().stream().filter(i -> i.status() == status).toList();
    out.append("<h3 class=\"").append(cls).append("\">").append(e(Messages.get(key, items.size()))).append("</h3>\n");
    if (items.isEmpty()) {
      out.append("<p>").append(e(Messages.get(noneKey))).append("</p>\n");
      return;
    }
    out.append("<p>").append(e(Messages.get(key + ".explain"))).append("</p>\n<ol class=\"findings\">\n");
    for (RepairItem i : items) {
      out.append("<li>\n<h4>").append(e(i.rule())).append(": ").append(e(Texts.criterion(i.wcag()))).append("</h4>\n");
      out.append("<p class=\"meta\"><code>").append(e(i.selector())).append("</code>, ")
          .append(e(i.line() > 0 ? Messages.get("html.location", p.source(), i.line(), i.column())
              : Messages.get("html.location.unknown", p.source()))).append("</p>\n");
      out.append("<dl class=\"repair\">\n");
      if (i.repaired()) {
        if (!i.reason().isEmpty()) dd("text.item.resolved", i.reason());
        dd("text.item.changed", i.change());
        out.append("<dt>").append(e(Messages.get("html.before"))).append("</dt><dd><pre><code>").append(e(i.before()))
            .append("</code></pre></dd>\n");
        out.append("<dt>").append(e(Messages.get("html.after"))).append("</dt><dd><pre><code>").append(e(i.after()))
            .append("</code></pre></dd>\n");
        dd("text.item.why", i.message());
        if (!i.value().isEmpty()) dd("text.item.value", i.value());
        if (!i.provenance().isEmpty()) dd("text.item.source", i.provenance());
        dd("text.item.confidence", i.confidence().label());
      } else {
        out.append("<dt>").append(e(Messages.get("html.before"))).append("</dt><dd><pre><code>").append(e(i.before()))
            .append("</code></pre></dd>\n");
        dd("text.item.why", i.message());
        dd("text.item.reason", i.reason());
        if (!i.help().isBlank() && !i.reason().contains(i.help())) dd("text.item.todo", i.help());
      }
      out.append("</dl>\n");
      String url = Texts.understandingUrl(i.wcag());
      if (!url.isEmpty()) {
        out.append("<p class=\"meta\"><a href=\"").append(e(url)).append("\">")
            .append(e(Messages.get("html.understandingLink", i.wcag().get(0)))).append("</a></p>\n");
      }
      out.append("</li>\n");
    }
    out.append("</ol>\n");
  }

  /** A term and its description from a "Label: {0}" message. */
  private void dd(String key, String value) {
    String full = Messages.get(key, "\u0000");
    int cut = full.indexOf('\u0000');
    String label = full.substring(0, cut).replaceAll("[:\\s\"]+$", "");
    out.append("<dt>").append(e(label)).append("</dt><dd>").append(e(value)).append("</dd>\n");
  }

  /** The audit HTML report's stylesheet, so both reports look alike. */
  static String css() {
    String c = auditCss;
    if (c == null) {
      String html = ReportFormat.HTML.render(new AuditReport("curbcut", "", org.curbcut.rules.Level.AA, null, List.of()));
      int s = html.indexOf("<style>");
      int en = html.indexOf("</style>");
      c = s >= 0 && en > s ? html.substring(s + "<style>".length(), en).strip() + "\n" : "";
      auditCss = c;
    }
    return c;
  }

  private static String pageId(int i) {
    return "page-" + (i + 1);
  }

  private static String e(String s) {
    return Texts.html(s);
  }
}
