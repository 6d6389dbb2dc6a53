package org.curbcut.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.curbcut.audit.Finding;
import org.curbcut.report.ReportModel.PageModel;
import org.curbcut.report.ReportModel.RuleInfo;
import org.curbcut.report.ReportModel.RuleRun;
import org.curbcut.rules.Outcome;
import org.curbcut.internal.standards.Wcag;

/**
 * One self-contained, accessible HTML document: inline CSS, no scripts, no images, no external
 * resources (links to W3C pages are plain links). Long parts (the page index, each page's table of
 * rules run) sit in {@code <details open>}: shown by default, collapsible by the reader. Landmarks (header, nav, main, footer), a visible
 * skip link, one h1 and a strict heading hierarchy (h2 page, h3 outcome, h4 criterion, h5 rule),
 * tables with captions and scoped header cells, dark text on a light background, visible focus,
 * and every piece of page content (snippets, messages, selectors, sources) HTML-escaped.
 */
final class HtmlReport {
  private static final String CSS = """
      :root{color-scheme:light}
      body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;font-size:1rem;line-height:1.5;color:#1b1b1b;background-color:#ffffff}
      header,nav,main,footer{display:block;max-width:62rem;margin:0 auto;padding:0 1rem}
      header{padding-top:.5rem;border-bottom:2px solid #1b1b1b}
      footer{border-top:2px solid #1b1b1b;margin-top:2rem}
      h1,h2,h3,h4,h5{line-height:1.25;color:#1b1b1b}
      h2{margin-top:2.5rem;border-bottom:1px solid #6b6b6b}
      h3{font-size:1.3rem}
      h4{font-size:1.15rem}
      h5{font-size:1.05rem;margin-bottom:.25rem}
      a{color:#0a4595;text-decoration:underline}
      a:focus,a:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px;background-color:#ffe36e;color:#1b1b1b}
      .skip{display:inline-block;padding:.25rem .5rem}
      .tool{margin:.25rem 0;font-weight:bold}
      .notice{border-left:6px solid #0a4595;background-color:#eef3fb;color:#1b1b1b;padding:.5rem 1rem}
      table{border-collapse:collapse;margin:1rem 0;width:100%}
      caption{text-align:left;font-weight:bold;padding:.25rem 0}
      th,td{border:1px solid #6b6b6b;padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
      thead th{background-color:#e8e8e8;color:#1b1b1b}
      code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.95em}
      pre{white-space:pre-wrap;overflow-wrap:anywhere;margin:.25rem 0;padding:.5rem;background-color:#f3f3f3;color:#1b1b1b;border:1px solid #bdbdbd}
      ol.findings>li{margin-bottom:1rem}
      .failed{color:#8b0000}
      .cantTell{color:#5f4300}
      .stopped{color:#8b0000}
      p.stopped{border-left:6px solid #8b0000;padding-left:.5rem}
      .passed{color:#1d5a22}
      .inapplicable{color:#3d3d3d}
      .meta{margin:.25rem 0}
      summary{cursor:pointer;padding:.25rem 0}
      summary:focus,summary:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}
      """;

  private final StringBuilder out = new StringBuilder();

  void write(ReportModel m, Writer w) throws IOException {
    var r = m.report;
    String tool = Messages.get("tool.displayName");
    String started = r.started() == null ? "-" : r.started().toString();
    out.append("<!DOCTYPE html>\n<html lang=\"").append(e(Messages.get("html.lang"))).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(e(Messages.get("html.pageTitle", m.pages.size(), tool + " " + r.toolVersion())))
        .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");

    out.append("<header>\n<a class=\"skip\" href=\"#main\">").append(e(Messages.get("html.skip"))).append("</a>\n")
        .append("<p class=\"tool\">").append(e(tool + " " + r.toolVersion())).append("</p>\n")
        .append("<h1>").append(e(Messages.get("html.title"))).append("</h1>\n")
        .append("<p>").append(e(Messages.get("html.generated", tool, r.toolVersion(), r.level().label(), started)))
        .append("</p>\n</header>\n");

    if (m.pages.size() > 1) {
      out.append("<nav aria-label=\"").append(e(Messages.get("html.pagesNav"))).append("\">\n<details open>\n<summary>")
          .append(e(Messages.get("html.pagesNav.toggle", m.pages.size()))).append("</summary>\n<ul>\n");
      for (int i = 0; i < m.pages.size(); i++) {
        out.append("<li><a href=\"#").append(pageId(i)).append("\">").append(e(m.pages.get(i).source()))
            .append("</a></li>\n");
      }
      out.append("</ul>\n</details>\n</nav>\n");
    }

    out.append("<main id=\"main\">\n");
    summary(m);
    for (int i = 0; i < m.pages.size(); i++) page(m, m.pages.get(i), pageId(i));
    out.append("</main>\n<footer>\n<p>").append(e(Messages.get("html.footer", tool, r.toolVersion())))
        .append("</p>\n</footer>\n</body>\n</html>\n");
    w.write(out.toString());
    w.flush();
  }

  private void summary(ReportModel m) {
    out.append("<section aria-labelledby=\"summary-heading\">\n<h2 id=\"summary-heading\">")
        .append(e(Messages.get("html.summary"))).append("</h2>\n");
    out.append("<p class=\"notice\">").append(e(Messages.get("notice.scope"))).append("</p>\n");
    Map<Outcome, Integer> c = m.ruleCounts();
    out.append("<p>").append(e(Messages.get("overall.pages", m.pages.size(), m.unreadPages()))).append(' ')
        .append(e(Messages.get("overall.rules", m.rules.size(), c.get(Outcome.FAILED), c.get(Outcome.CANT_TELL),
            c.get(Outcome.PASSED), c.get(Outcome.INAPPLICABLE)))).append(' ')
        .append(e(Messages.get("overall.elements", m.findings(Outcome.FAILED), m.findings(Outcome.CANT_TELL))))
        .append("</p>\n");
    if (m.stoppedPages() > 0) {
      out.append("<p class=\"stopped\"><strong>").append(e(Messages.get("overall.stopped", m.stoppedPages())))
          .append("</strong></p>\n");
    }
    out.append("<table>\n<caption>").append(e(Messages.get("html.summary.caption"))).append("</caption>\n<thead>\n<tr>");
    th("html.col.page");
    for (Outcome o : ReportModel.OUTCOME_ORDER) th("html.col." + o.act());
    out.append("</tr>\n</thead>\n<tbody>\n");
    for (int i = 0; i < m.pages.size(); i++) {
      PageModel p = m.pages.get(i);
      out.append("<tr><th scope=\"row\"><a href=\"#").append(pageId(i)).append("\">").append(e(p.source()))
          .append("</a>");
      if (p.stopped()) out.append("<br><strong class=\"stopped\">").append(e(p.stoppedShort())).append("</strong>");
      out.append("</th>");
      if (p.unread()) {
        out.append("<td colspan=\"4\">").append(e(Messages.get("page.unread", p.page().error()))).append("</td>");
      } else {
        Map<Outcome, Integer> pc = p.ruleCounts();
        for (Outcome o : ReportModel.OUTCOME_ORDER) out.append("<td>").append(pc.get(o)).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void page(ReportModel m, PageModel p, String id) {
    out.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-heading\">\n")
        .append("<h2 id=\"").append(id).append("-heading\">").append(e(Messages.get("html.page", p.source())))
        .append("</h2>\n");
    if (p.unread()) {
      out.append("<p class=\"failed\">").append(e(Messages.get("page.unread", p.page().error()))).append("</p>\n</section>\n");
      return;
    }
    if (p.stopped()) {
      out.append("<p class=\"stopped\"><strong>").append(e(p.stoppedMessage())).append("</strong></p>\n");
    }
    Map<Outcome, Integer> c = p.ruleCounts();
    out.append("<p>").append(e(Messages.get("page.checked", p.runs().size(), c.get(Outcome.FAILED),
            c.get(Outcome.CANT_TELL), c.get(Outcome.PASSED), c.get(Outcome.INAPPLICABLE)))).append(' ')
        .append(e(Messages.get("page.elements", p.findings(Outcome.FAILED).size(), p.findings(Outcome.CANT_TELL).size())))
        .append("</p>\n");
    findings(m, p, Outcome.FAILED, "section.failed");
    findings(m, p, Outcome.CANT_TELL, "section.cantTell");
    rulesTable(p);
    out.append("</section>\n");
  }

  private void findings(ReportModel m, PageModel p, Outcome o, String titleKey) {
    Map<String, Map<RuleInfo, List<Finding>>> groups = p.byCriterion(o, m.rules);
    out.append("<h3 class=\"").append(o.act()).append("\">")
        .append(e(Messages.get(titleKey, p.runs(o).size(), p.findings(o).size()))).append("</h3>\n");
    if (groups.isEmpty()) {
      out.append("<p>").append(e(Messages.get("html.findings.none." + o.act()))).append("</p>\n");
      return;
    }
    if (o == Outcome.CANT_TELL) out.append("<p>").append(e(Messages.get("section.cantTell.explain"))).append("</p>\n");
    for (var g : groups.entrySet()) {
      out.append("<h4>").append(e(ReportModel.criterionLabel(g.getKey()))).append("</h4>\n");
      Wcag.get().criterion(g.getKey()).ifPresent(c -> out.append("<p class=\"meta\"><a href=\"")
          .append(e(c.understandingUrl())).append("\">").append(e(Messages.get("html.understandingLink", c.label())))
          .append("</a></p>\n"));
      for (var rule : g.getValue().entrySet()) {
        RuleInfo info = rule.getKey();
        out.append("<h5>").append(e(info.heading())).append("</h5>\n");
        out.append("<p class=\"meta\">").append(e(info.wcag().isEmpty()
            ? Messages.get("html.ruleMeta.noWcag", info.level().label(), info.impact().label())
            : Messages.get("html.ruleMeta", info.level().label(), info.impact().label(), String.join(", ", info.wcag()))));
        for (String act : info.act()) {
          out.append(" <a href=\"").append(e(ReportModel.actUrl(act))).append("\">")
              .append(e(Messages.get("html.actLink", act))).append("</a>");
        }
        out.append("</p>\n");
        if (!info.help().isBlank()) out.append("<p>").append(e(Messages.get("rule.help", info.help()))).append("</p>\n");
        out.append("<ol class=\"findings\">\n");
        for (Finding f : rule.getValue()) {
          out.append("<li>\n<p><code>").append(e(f.selector())).append("</code>, ")
              .append(e(TextReport.location(f.line(), f.column()))).append("</p>\n")
              .append("<pre><code>").append(e(f.snippet())).append("</code></pre>\n")
              .append("<p>").append(e(f.message())).append("</p>\n</li>\n");
        }
        out.append("</ol>\n");
      }
    }
  }

  private void rulesTable(PageModel p) {
    out.append("<h3>").append(e(Messages.get("html.rules.heading"))).append("</h3>\n");
    if (p.runs().isEmpty()) {
      out.append("<p>").append(e(Messages.get("html.noRules"))).append("</p>\n");
      return;
    }
    // open, so what was checked is in plain view; collapsible, because with a full catalogue it is long
    out.append("<details open>\n<summary>").append(e(Messages.get("html.rules.toggle", p.runs().size())))
        .append("</summary>\n<table>\n<caption>").append(e(Messages.get("html.rules.caption", p.source())))
        .append("</caption>\n<thead>\n<tr>");
    th("html.col.rule");
    th("html.col.criteria");
    th("html.col.level");
    th("html.col.outcome");
    th("html.col.elements");
    out.append("</tr>\n</thead>\n<tbody>\n");
    for (RuleRun run : p.runs()) {
      RuleInfo info = run.rule();
      int elements = run.outcome() == Outcome.INAPPLICABLE ? 0 : run.targets(run.outcome()).size();
      out.append("<tr><th scope=\"row\"><code>").append(e(info.id())).append("</code>")
          .append(info.title().map(t -> " " + e(t)).orElse("")).append("</th>")
          .append("<td>").append(e(String.join(", ", info.wcag()))).append("</td>")
          .append("<td>").append(e(info.level().label())).append("</td>")
          .append("<td class=\"").append(run.outcome().act()).append("\">")
          .append(e(Messages.get("outcome." + run.outcome().act()))).append("</td>")
          .append("<td>").append(elements).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</details>\n");
  }

  private void th(String key) {
    out.append("<th scope=\"col\">").append(e(Messages.get(key))).append("</th>");
  }

  private static String pageId(int i) {
    return "page-" + (i + 1);
  }

  private static String e(String s) {
    return Escape.html(s);
  }
}
