package org.curbcut.report;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.curbcut.report.ReportModel.PageModel;
import org.curbcut.report.ReportModel.RuleRun;
import org.curbcut.report.ReportModel.Target;
import org.curbcut.rules.Outcome;

/**
 * JUnit XML (the Ant/Jenkins dialect CI servers read): one {@code <testsuite>} per page, one
 * {@code <testcase>} per rule run (name = rule id, classname = page source).
 * <ul>
 *   <li>failed: {@code <failure>} whose message counts the failed elements and whose text lists
 *       each one (selector, position, snippet, message) and how to fix it;</li>
 *   <li>cantTell: {@code <skipped>} whose message starts "Needs a person", and a
 *       {@code <system-out>} listing the elements, so CI neither passes nor fails it silently;</li>
 *   <li>inapplicable: {@code <skipped>} "Not applicable";</li>
 *   <li>passed: an empty testcase;</li>
 *   <li>a page that could not be read: one testcase {@code read-page} with an {@code <error>};</li>
 *   <li>a page whose audit stopped at its time limit (or was cancelled): one more testcase
 *       {@code audit-complete} with an {@code <error type="incomplete">} that names the rules that
 *       did not run, so CI never shows such a page green.</li>
 * </ul>
 * A failed rule that also left elements for a person lists those in {@code <system-out>}.
 */
final class JunitReport {
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  /** The test case that fails a page whose audit did not run every rule. */
  static final String STOPPED_TEST = "audit-complete";
  private final StringBuilder out = new StringBuilder();

  void write(ReportModel m, Writer w) throws IOException {
    var r = m.report;
    String timestamp = r.started() == null ? null
        : TIMESTAMP.format(r.started().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    Map<Outcome, Integer> c = m.ruleCounts();
    int tests = m.pages.stream().mapToInt(JunitReport::tests).sum();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuites name=\"").append(x(r.toolName() + " " + r.toolVersion())).append('"')
        .append(attr("tests", tests)).append(attr("failures", c.get(Outcome.FAILED)))
        .append(attr("errors", m.unreadPages() + m.stoppedPages()))
        .append(attr("skipped", c.get(Outcome.CANT_TELL) + c.get(Outcome.INAPPLICABLE)))
        .append(" time=\"0\"");
    if (timestamp != null) out.append(" timestamp=\"").append(timestamp).append('"');
    out.append(">\n");
    for (PageModel p : m.pages) suite(m, p, timestamp);
    out.append("</testsuites>\n");
    w.write(out.toString());
    w.flush();
  }

  private void suite(ReportModel m, PageModel p, String timestamp) {
    Map<Outcome, Integer> c = p.ruleCounts();
    String source = x(p.source());
    out.append("  <testsuite name=\"").append(source).append('"')
        .append(attr("tests", tests(p)))
        .append(attr("failures", c.get(Outcome.FAILED)))
        .append(attr("errors", p.unread() || p.stopped() ? 1 : 0))
        .append(attr("skipped", c.get(Outcome.CANT_TELL) + c.get(Outcome.INAPPLICABLE)))
        .append(" time=\"0\"");
    if (timestamp != null) out.append(" timestamp=\"").append(timestamp).append('"');
    out.append(">\n");
    out.append("    <properties>\n");
    property("tool", m.report.toolName() + " " + m.report.toolVersion());
    property("wcag.version", "2.1");
    property("wcag.level", m.report.level().label());
    property("notice", Messages.get("notice.scope"));
    out.append("    </properties>\n");
    if (p.unread()) {
      out.append("    <testcase name=\"read-page\" classname=\"").append(source).append("\" time=\"0\">\n");
      out.append("      <error type=\"unreadable\" message=\"").append(x(p.page().error())).append("\">")
          .append(t(Messages.get("junit.suite.unread") + ": " + p.page().error())).append("</error>\n");
      out.append("    </testcase>\n");
    }
    if (p.stopped()) {
      out.append("    <testcase name=\"").append(STOPPED_TEST).append("\" classname=\"").append(source)
          .append("\" time=\"0\">\n");
      out.append("      <error type=\"incomplete\" message=\"").append(x(p.stoppedShort())).append("\">")
          .append(t(p.stoppedMessage())).append("</error>\n");
      out.append("    </testcase>\n");
    }
    for (RuleRun run : p.runs()) testcase(run, source);
    out.append("  </testsuite>\n");
  }

  /** The test cases of a page: one per rule run, one for a page that could not be read, one more for a stopped audit. */
  private static int tests(PageModel p) {
    return p.unread() ? 1 : p.runs().size() + (p.stopped() ? 1 : 0);
  }

  private void testcase(RuleRun run, String source) {
    List<Target> failed = run.targets(Outcome.FAILED);
    List<Target> cantTell = run.targets(Outcome.CANT_TELL);
    String name = run.rule().title().orElse(run.rule().id());
    StringBuilder body = new StringBuilder();
    switch (run.outcome()) {
      case FAILED -> {
        StringBuilder details = new StringBuilder();
        for (Target t : failed) details.append(describe(t));
        if (!run.rule().help().isBlank()) details.append(Messages.get("rule.help", run.rule().help())).append('\n');
        run.rule().helpUrl().ifPresent(u -> details.append(Messages.get("rule.more", u)).append('\n'));
        body.append("      <failure type=\"failed\" message=\"")
            .append(x(Messages.get("junit.failure.message", failed.size(), name)))
            .append("\">").append(t(details.toString())).append("</failure>\n");
      }
      case CANT_TELL -> body.append("      <skipped message=\"")
          .append(x(Messages.get("junit.skipped.cantTell", cantTell.size()) + ": " + name)).append("\"/>\n");
      case INAPPLICABLE -> body.append("      <skipped message=\"")
          .append(x(Messages.get("junit.skipped.inapplicable"))).append("\"/>\n");
      case PASSED -> { }
    }
    if (!cantTell.isEmpty()) {
      StringBuilder note = new StringBuilder(Messages.get("junit.cantTell.note")).append('\n');
      for (Target t : cantTell) note.append(describe(t));
      body.append("      <system-out>").append(t(note.toString())).append("</system-out>\n");
    }
    out.append("    <testcase name=\"").append(x(run.rule().id())).append("\" classname=\"").append(source)
        .append("\" time=\"0\"");
    if (body.length() == 0) {
      out.append("/>\n");
    } else {
      out.append(">\n").append(body).append("    </testcase>\n");
    }
  }

  private static String describe(Target t) {
    return t.selector() + " (" + TextReport.location(t.line(), t.column()) + ")\n"
        + "  " + t.snippet().replaceAll("\\s*\\n\\s*", " ") + "\n"
        + "  " + t.message() + "\n";
  }

  private void property(String name, String value) {
    out.append("      <property name=\"").append(x(name)).append("\" value=\"").append(x(value)).append("\"/>\n");
  }

  private static String attr(String name, long value) {
    return " " + name + "=\"" + value + "\"";
  }

  private static String x(String s) {
    return Escape.xml(s);
  }

  private static String t(String s) {
    return Escape.xmlText(s);
  }
}
