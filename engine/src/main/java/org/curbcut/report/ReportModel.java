package org.curbcut.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.curbcut.audit.AuditReport;
import org.curbcut.audit.Finding;
import org.curbcut.audit.Incomplete;
import org.curbcut.audit.PageReport;
import org.curbcut.audit.Selectors;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleCatalog;
import org.curbcut.rules.RuleMeta;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;
import org.curbcut.internal.standards.Wcag;

/**
 * An {@link AuditReport} arranged the way every format reads it: the rules that ran (with their
 * texts), and per page each rule's outcome with its targets. Built once per write.
 */
final class ReportModel {
  /** W3C page of an ACT rule (the latest, "proposed" version exists for every published rule). */
  static final String ACT_RULE_URL = "https://www.w3.org/WAI/standards-guidelines/act/rules/%s/proposed/";
  /** Group key of rules that map to no WCAG success criterion. */
  static final String NO_CRITERION = "";

  /** The order reports show outcomes in: what needs work first. */
  static final List<Outcome> OUTCOME_ORDER = List.of(Outcome.FAILED, Outcome.CANT_TELL, Outcome.PASSED, Outcome.INAPPLICABLE);

  final AuditReport report;
  final Map<String, RuleInfo> rules = new LinkedHashMap<>();
  final List<PageModel> pages = new ArrayList<>();

  private ReportModel(AuditReport report) {
    this.report = report;
  }

  static ReportModel of(AuditReport report) {
    ReportModel m = new ReportModel(report);
    for (PageReport p : report.pages()) m.pages.add(m.page(p));
    return m;
  }

  /** What the reports say about a rule. */
  record RuleInfo(String id, String description, String help, List<String> act, List<String> wcag, Level level,
                  Impact impact) {

    /** The W3C ACT rule page of the first ACT id, else the Understanding page of the first criterion. */
    Optional<String> helpUrl() {
      if (!act.isEmpty()) return Optional.of(actUrl(act.get(0)));
      for (String sc : wcag) {
        Optional<Wcag.Criterion> c = Wcag.get().criterion(sc);
        if (c.isPresent()) return Optional.of(c.get().understandingUrl());
      }
      return Optional.empty();
    }

    /** The description, or nothing when the rule has none of its own (it would only repeat the id). */
    Optional<String> title() {
      return description == null || description.isBlank() || description.equals(id) || description.equals(id + ".description")
          ? Optional.empty() : Optional.of(description);
    }

    /** "id: description", or the id alone. */
    String heading() {
      return title().map(t -> id + ": " + t).orElse(id);
    }

    /** The criterion the rule is grouped under: its first WCAG criterion, or {@link #NO_CRITERION}. */
    String primaryCriterion() {
      return wcag.isEmpty() ? NO_CRITERION : wcag.get(0);
    }
  }

  /** One result of one rule for one element. */
  record Target(Outcome outcome, String selector, int line, int column, String snippet, String message) {}

  /** One rule run on one page: the page-level outcome and the per-element results. */
  record RuleRun(RuleInfo rule, Outcome outcome, List<Target> targets) {
    List<Target> targets(Outcome o) {
      return targets.stream().filter(t -> t.outcome() == o).toList();
    }
  }

  /** One page: the rules run in catalogue order. */
  record PageModel(PageReport page, List<RuleRun> runs) {
    String source() {
      return page.source();
    }

    boolean unread() {
      return page.error() != null;
    }

    /** True when the audit stopped at its time limit (or was cancelled): its results are partial. */
    boolean stopped() {
      return page.incomplete() != null;
    }

    /** The ids of the rules that did not run on a stopped page (empty for a complete one). */
    List<String> notRun() {
      return stopped() ? page.incomplete().rulesNotRun() : List.of();
    }

    /**
     * The sentence every format shows for a stopped page: why it stopped, how many rules of how
     * many did not run and which ones, and that it must not be read as passed.
     */
    String stoppedMessage() {
      Incomplete inc = page.incomplete();
      int notRun = inc.rulesNotRun().size();
      return Messages.get("page.stopped." + inc.reason().id(), notRun, runs.size() + notRun,
          String.join(", ", inc.rulesNotRun()));
    }

    /** A few words for a stopped page, for table cells and short messages. */
    String stoppedShort() {
      return Messages.get("page.stopped.short." + page.incomplete().reason().id());
    }

    /** How many rules had each page-level outcome (every outcome present, zero included). */
    Map<Outcome, Integer> ruleCounts() {
      Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
      for (Outcome o : Outcome.values()) m.put(o, 0);
      for (RuleRun r : runs) m.merge(r.outcome(), 1, Integer::sum);
      return m;
    }

    List<Finding> findings(Outcome o) {
      return page.findings().stream().filter(f -> f.outcome() == o).toList();
    }

    List<RuleRun> runs(Outcome o) {
      return runs.stream().filter(r -> r.outcome() == o).toList();
    }

    /**
     * The findings with the given outcome grouped by WCAG criterion (in specification order, rules
     * without a criterion last) and then by rule (in catalogue order).
     */
    Map<String, Map<RuleInfo, List<Finding>>> byCriterion(Outcome o, Map<String, RuleInfo> rules) {
      Map<String, Map<RuleInfo, List<Finding>>> out = new TreeMap<>((a, b) -> {
        if (a.equals(b)) return 0;
        if (a.equals(NO_CRITERION)) return 1;
        if (b.equals(NO_CRITERION)) return -1;
        return Wcag.numberOrder().compare(a, b);
      });
      for (RuleRun run : runs) {
        List<Finding> fs = page.findings().stream()
            .filter(f -> f.outcome() == o && f.rule().equals(run.rule().id())).toList();
        if (fs.isEmpty()) continue;
        out.computeIfAbsent(run.rule().primaryCriterion(), k -> new LinkedHashMap<>()).put(run.rule(), fs);
      }
      return out;
    }
  }

  /** Page-level rule outcomes summed over all pages that could be read. */
  Map<Outcome, Integer> ruleCounts() {
    Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) m.put(o, 0);
    for (PageModel p : pages) p.ruleCounts().forEach((k, v) -> m.merge(k, v, Integer::sum));
    return m;
  }

  long findings(Outcome o) {
    return report.pages().stream().mapToLong(p -> p.count(o)).sum();
  }

  long unreadPages() {
    return pages.stream().filter(PageModel::unread).count();
  }

  /** Pages whose audit stopped at its time limit or was cancelled. */
  long stoppedPages() {
    return pages.stream().filter(PageModel::stopped).count();
  }

  /**
   * What the reports know of a rule that did not run on a stopped page: its texts from the
   * results or the catalogue. Not added to {@link #rules}, which are the rules that ran.
   */
  RuleInfo notRunInfo(String id) {
    RuleInfo known = rules.get(id);
    if (known != null) return known;
    return RuleCatalog.byId(id).map(Rule::meta).map(ReportModel::fromMeta)
        .orElseGet(() -> new RuleInfo(id, id, "", List.of(), List.of(), Level.BEST_PRACTICE, Impact.MODERATE));
  }

  static String actUrl(String actId) {
    return String.format(ACT_RULE_URL, actId);
  }

  /** "1.1.1 Non-text Content (Level A)", or the bare number when it is not a WCAG 2.1 criterion. */
  static String criterionLabel(String number) {
    if (number.equals(NO_CRITERION)) return Messages.get("criterion.none");
    return Wcag.get().criterion(number)
        .map(c -> Messages.get("criterion.label", c.number(), c.title(), c.level()))
        .orElse(number);
  }

  private PageModel page(PageReport p) {
    Map<String, List<Target>> targets = new LinkedHashMap<>();
    Map<String, Outcome> outcomes = new LinkedHashMap<>(p.ruleOutcomes());
    Function<Element, String> selectors = Selectors.remembering();
    for (RuleResult r : p.results()) {
      info(r.rule().id(), p);
      if (r.outcome() != Outcome.PASSED) continue; // failed and cantTell come from the findings
      Element e = r.target();
      int line = e == null ? 0 : Math.max(0, e.startTag().start().line());
      int col = e == null ? 0 : Math.max(0, e.startTag().start().column());
      targets.computeIfAbsent(r.rule().id(), k -> new ArrayList<>())
          .add(new Target(Outcome.PASSED, e == null ? "" : selectors.apply(e), line, col, "", ""));
    }
    for (Finding f : p.findings()) {
      targets.computeIfAbsent(f.rule(), k -> new ArrayList<>())
          .add(new Target(f.outcome(), nz(f.selector()), f.line(), f.column(), nz(f.snippet()), nz(f.message())));
      // a finding of a rule the page does not list (hand-built reports): failed beats cantTell
      outcomes.merge(f.rule(), f.outcome(), (a, b) -> a == Outcome.FAILED || b == Outcome.FAILED
          ? Outcome.FAILED : a == Outcome.CANT_TELL || b == Outcome.CANT_TELL ? Outcome.CANT_TELL : a);
    }
    List<RuleRun> runs = new ArrayList<>();
    for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
      List<Target> ts = targets.getOrDefault(e.getKey(), List.of());
      runs.add(new RuleRun(info(e.getKey(), p), e.getValue(), Collections.unmodifiableList(ts)));
    }
    return new PageModel(p, Collections.unmodifiableList(runs));
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }

  private RuleInfo info(String id, PageReport p) {
    RuleInfo known = rules.get(id);
    if (known != null) return known;
    RuleInfo info = p.results().stream().filter(r -> r.rule().id().equals(id)).findFirst()
        .map(r -> fromMeta(r.rule()))
        .or(() -> RuleCatalog.byId(id).map(Rule::meta).map(ReportModel::fromMeta))
        .or(() -> p.findings().stream().filter(f -> f.rule().equals(id)).findFirst()
            .map(f -> new RuleInfo(id, id, nz(f.help()), f.act(), f.wcag(),
                f.level() == null ? Level.BEST_PRACTICE : f.level(), f.impact() == null ? Impact.MODERATE : f.impact())))
        .orElseGet(() -> new RuleInfo(id, id, "", List.of(), List.of(), Level.BEST_PRACTICE, Impact.MODERATE));
    rules.put(id, info);
    return info;
  }

  private static RuleInfo fromMeta(RuleMeta m) {
    return new RuleInfo(m.id(), m.description(), m.help(), m.act(), m.wcag(), m.level(), m.impact());
  }
}
