package org.curbcut.act;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.curbcut.testkit.SharedData;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.audit.PageReport;
import org.curbcut.rules.Level;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleCatalog;
import org.curbcut.rules.RuleResult;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;

/**
 * Runs the W3C ACT Rules test cases ({@code ../shared/act/testcases.json}, latest versions) through
 * the rules that declare each ACT id, and classifies every ACT rule the W3C way: consistent
 * (every failed example failed, nothing else failed), partial (no passed or inapplicable example
 * failed, some failed example missed), wrong (a passed or inapplicable example failed).
 */
public final class ActSuite {
  private static final String ASSET_PREFIX = "/WAI/content-assets/wcag-act-rules/";

  /** One test case and what Curbcut answered. */
  public record CaseResult(String actRule, String title, String url, String expected, Outcome actual,
                           List<RuleResult> results, PageReport report) {
    boolean wrong() {
      return !expected.equals("failed") && actual == Outcome.FAILED;
    }

    boolean missed() {
      return expected.equals("failed") && actual != Outcome.FAILED;
    }
  }

  /** Classification of one ACT rule. */
  public enum Verdict { CONSISTENT, PARTIAL, WRONG }

  /** One ACT rule's row of the table. */
  public record RuleRow(String actRule, String name, List<String> curbcutRules, Verdict verdict,
                        List<CaseResult> cases) {
    public long count(java.util.function.Predicate<CaseResult> p) {
      return cases.stream().filter(p).count();
    }
  }

  private final Path shared = SharedData.shared();
  private final JsonNode cases;
  private final Map<String, String> ruleNames = new TreeMap<>();

  public ActSuite() {
    ObjectMapper json = new ObjectMapper();
    try {
      cases = json.readTree(shared.resolve("act/testcases.json").toFile());
      for (JsonNode r : json.readTree(shared.resolve("act/rules.json").toFile())) {
        ruleNames.put(r.get("ruleId").asText(), r.get("name").asText());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Map<String, String> ruleNames() {
    return ruleNames;
  }

  /** Rows for every ACT rule some Curbcut rule declares, in ACT id order. */
  public List<RuleRow> run() {
    Map<String, List<Rule>> byAct = new TreeMap<>();
    for (Rule r : RuleCatalog.all()) {
      for (String act : r.meta().act()) byAct.computeIfAbsent(act, k -> new ArrayList<>()).add(r);
    }
    List<RuleRow> rows = new ArrayList<>();
    for (Map.Entry<String, List<Rule>> e : byAct.entrySet()) rows.add(runRule(e.getKey(), e.getValue()));
    return rows;
  }

  public RuleRow runRule(String actId, List<Rule> rules) {
    // every level: the harness checks AAA rules too (e.g. enhanced contrast)
    Auditor auditor = new Auditor(new AuditOptions(Level.AAA, List.of(), List.of(), List.of()), rules);
    List<CaseResult> results = new ArrayList<>();
    for (JsonNode c : cases) {
      if (!c.get("ruleId").asText().equals(actId) || !c.get("inLatestVersion").asBoolean()) continue;
      String html = c.get("html").asText();
      String url = c.get("url").asText();
      Page page = c.get("language").asText().equals("html")
          ? HtmlSnapshot.parse(html, url, url, this::asset)
          : HtmlSnapshot.parseNonHtml(html, url);
      PageReport report = auditor.audit(page);
      Outcome actual = Auditor.pageOutcome(report.results());
      results.add(new CaseResult(actId, c.get("title").asText(), c.get("url").asText(),
          c.get("expected").asText(), actual, report.results(), report));
    }
    Verdict v = results.stream().anyMatch(CaseResult::wrong) ? Verdict.WRONG
        : results.stream().anyMatch(CaseResult::missed) ? Verdict.PARTIAL : Verdict.CONSISTENT;
    return new RuleRow(actId, ruleNames.getOrDefault(actId, "?"),
        rules.stream().map(r -> r.meta().id()).toList(), v, results);
  }

  /** Loads a test asset (stylesheets) referenced by a test case. */
  Optional<String> asset(String href) {
    int at = href.indexOf(ASSET_PREFIX);
    if (at < 0) return Optional.empty();
    String rel = href.substring(at + ASSET_PREFIX.length()).replaceAll("[?#].*$", "");
    Path p = shared.resolve("act").resolve(rel).normalize();
    if (!p.startsWith(shared.resolve("act")) || !Files.isRegularFile(p)) return Optional.empty();
    try {
      return Optional.of(Files.readString(p, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The table as Markdown. */
  public static String table(List<RuleRow> rows) {
    StringBuilder sb = new StringBuilder();
    Map<Verdict, Long> counts = new LinkedHashMap<>();
    for (Verdict v : Verdict.values()) counts.put(v, rows.stream().filter(r -> r.verdict() == v).count());
    sb.append("Consistent: ").append(counts.get(Verdict.CONSISTENT)).append(", partial: ")
        .append(counts.get(Verdict.PARTIAL)).append(", wrong: ").append(counts.get(Verdict.WRONG))
        .append(" (of ").append(rows.size()).append(" ACT rules implemented).\n\n");
    sb.append("| ACT rule | name | Curbcut rules | verdict | failed examples found | cantTell | not matching |\n");
    sb.append("|---|---|---|---|---|---|---|\n");
    for (RuleRow r : rows) {
      long failedTotal = r.count(c -> c.expected().equals("failed"));
      long failedFound = r.count(c -> c.expected().equals("failed") && c.actual() == Outcome.FAILED);
      long cantTell = r.count(c -> c.actual() == Outcome.CANT_TELL);
      List<String> off = r.cases().stream().filter(c -> c.wrong() || c.missed())
          .map(c -> c.title() + " → " + c.actual().act()).toList();
      sb.append("| ").append(r.actRule()).append(" | ").append(r.name().replace("|", "\\|")).append(" | ")
          .append(String.join(", ", r.curbcutRules())).append(" | ").append(r.verdict().name().toLowerCase())
          .append(" | ").append(failedFound).append("/").append(failedTotal).append(" | ").append(cantTell)
          .append(" | ").append(String.join("; ", off)).append(" |\n");
    }
    return sb.toString();
  }
}
