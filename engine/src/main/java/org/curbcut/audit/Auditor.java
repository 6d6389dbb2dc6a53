package org.curbcut.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.curbcut.rules.Deadline;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleCatalog;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleError;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/**
 * Runs rules over page snapshots. One rule that throws does not stop the others: its failure is
 * reported as a cantTell on the page, so a bug in one rule never hides the rest.
 *
 * <p>An audit can be given a {@link Deadline}. It is checked between rules and, cheaply, inside
 * the engine's long computations (accessible names, the accessibility tree); when it passes, the
 * audit ends at once with the results of the rules that finished and an {@link Incomplete} that
 * says which did not run. It never throws for that.
 *
 * <pre>{@code
 * PageReport r = new Auditor(AuditOptions.defaults()).audit(HtmlSnapshot.parse(html, "a.html"));
 * PageReport bounded = auditor.audit(page, Deadline.in(Duration.ofSeconds(30)));
 * }</pre>
 */
public final class Auditor {
  /** The tool's name in every report. */
  public static final String TOOL_NAME = "curbcut";
  private static final int SNIPPET_MAX = 200;

  private final AuditOptions options;
  private final List<Rule> rules;

  /**
   * An auditor of the whole rule catalogue, as {@code options} select from it.
   *
   * @throws IllegalArgumentException for an unknown rule id
   */
  public Auditor(AuditOptions options) {
    this(options, RuleCatalog.all());
  }

  /**
   * An auditor of the rules of {@code catalog} that {@code options} select (tests use a small catalogue).
   *
   * @throws IllegalArgumentException for a rule id the catalogue does not have
   */
  public Auditor(AuditOptions options, List<Rule> catalog) {
    this.options = options;
    for (String id : options.rules()) requireKnown(catalog, id);
    for (String id : options.excludeRules()) requireKnown(catalog, id);
    this.rules = catalog.stream()
        .filter(r -> r.meta().level().within(options.level()))
        .filter(r -> options.rules().isEmpty() || options.rules().contains(r.meta().id()))
        .filter(r -> !options.excludeRules().contains(r.meta().id()))
        .toList();
  }

  private static void requireKnown(List<Rule> catalog, String id) {
    if (catalog.stream().noneMatch(r -> r.meta().id().equals(id))) {
      throw new IllegalArgumentException("unknown rule '" + id + "' (see 'curbcut rules')");
    }
  }

  /** What this auditor was asked to audit. */
  public AuditOptions options() {
    return options;
  }

  /** The rules this auditor runs, in catalogue order. */
  public List<Rule> rules() {
    return rules;
  }

  /** The tool's version, from the jar manifest when packaged. */
  public static String version() {
    String v = Auditor.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }

  /** Audits pages one after another, into one report. */
  public AuditReport audit(List<Page> pages) {
    Instant start = Instant.now();
    List<PageReport> reports = new ArrayList<>();
    for (Page p : pages) reports.add(audit(p));
    return new AuditReport(TOOL_NAME, version(), options.level(), start, reports);
  }

  /**
   * Audits one page, in a context of its own, with no time limit, with its style as the options'
   * device shows it (a page read for another device is read again for this one).
   */
  public PageReport audit(Page page) {
    return audit(new RuleContext(page.forDevice(options.device())));
  }

  /**
   * Audits one page, in a context of its own, until {@code deadline}: when it passes (or the
   * deadline is cancelled) the report holds what the rules that finished found and is marked
   * {@link PageReport#incomplete() incomplete}. Its style is the options' device's, as in
   * {@link #audit(Page)}.
   */
  public PageReport audit(Page page, Deadline deadline) {
    return audit(new RuleContext(page.forDevice(options.device()), deadline));
  }

  /**
   * Audits the page of a context, until the context's deadline. What rules compute is kept in the
   * context, so a repair run that audits a page and then repairs it computes each thing once. The
   * page is audited with its style as it was read ({@link Page#device()}): a caller that makes the
   * context reads the page for the device it wants.
   */
  public PageReport audit(RuleContext ctx) {
    return audit(ctx, Map.of());
  }

  /**
   * Audits the page of a context as {@link #audit(RuleContext)} does, except for the rules whose id
   * {@code carried} has: those do not run, and their results are the ones given (about this page's
   * elements), as if they had. A repair run that knows which rules its edits cannot affect
   * re-audits the repaired page this way. The results given are taken as they are: the elements
   * {@link AuditOptions#ignore() ignored} are not left out of them again.
   */
  public PageReport audit(RuleContext ctx, Map<String, List<RuleResult>> carried) {
    Page page = ctx.page();
    Deadline deadline = ctx.deadline();
    Set<Element> ignored = ignoredElements(page);
    List<RuleResult> all = new ArrayList<>();
    Map<String, Outcome> perRule = new LinkedHashMap<>();
    Incomplete incomplete = null;
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      if (deadline.isExceeded()) {
        incomplete = notRunFrom(i, deadline.isCancelled());
        break;
      }
      List<RuleResult> given = carried.get(rule.meta().id());
      if (given != null) {
        all.addAll(given);
        perRule.put(rule.meta().id(), pageOutcome(given));
        continue;
      }
      Outcomes out = new Outcomes(rule.meta());
      try {
        rule.evaluate(ctx, out);
      } catch (Deadline.Exceeded stop) {
        incomplete = notRunFrom(i, stop.wasCancelled());
        break;
      } catch (RuntimeException | StackOverflowError bug) {
        out.cantTell(page.root(), MessageKey.INTERNAL_ERROR, new RuleError(bug.getClass().getSimpleName()));
      }
      if (deadline.isExceeded()) {
        // the time ran out while this rule ran: it may have swallowed the stop (or an error caused
        // by it) and decided on part of the page, so its results are not kept
        incomplete = notRunFrom(i, deadline.isCancelled());
        break;
      }
      List<RuleResult> kept = ignored.isEmpty() ? out.results()
          : out.results().stream().filter(r -> !ignored.contains(r.target())).toList();
      all.addAll(kept);
      perRule.put(rule.meta().id(), pageOutcome(kept));
    }
    List<Finding> findings = new ArrayList<>();
    Function<Element, String> selectors = Selectors.remembering();
    for (RuleResult r : all) {
      if (r.outcome() == Outcome.FAILED || r.outcome() == Outcome.CANT_TELL) findings.add(toFinding(r, selectors));
    }
    findings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
    return new PageReport(page.source(), Collections.unmodifiableList(findings), perRule, all, null, incomplete);
  }

  /** The rules from index {@code first} on, which did not run (or did not finish). */
  private Incomplete notRunFrom(int first, boolean cancelled) {
    List<String> ids = rules.subList(first, rules.size()).stream().map(r -> r.meta().id()).toList();
    return new Incomplete(cancelled ? Incomplete.Reason.CANCELLED : Incomplete.Reason.TIME_LIMIT, ids);
  }

  /** The ACT page outcome: failed beats cantTell beats passed; nothing reported is inapplicable. */
  public static Outcome pageOutcome(List<RuleResult> results) {
    Outcome o = Outcome.INAPPLICABLE;
    for (RuleResult r : results) {
      if (r.outcome() == Outcome.FAILED) return Outcome.FAILED;
      if (r.outcome() == Outcome.CANT_TELL) o = Outcome.CANT_TELL;
      else if (r.outcome() == Outcome.PASSED && o == Outcome.INAPPLICABLE) o = Outcome.PASSED;
    }
    return o;
  }

  private Set<Element> ignoredElements(Page page) {
    Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
    for (String css : options.ignore()) {
      for (Element e : page.select(css)) {
        out.add(e);
        e.descendants().forEach(out::add);
      }
    }
    return out;
  }

  private static Finding toFinding(RuleResult r, Function<Element, String> selectors) {
    Element e = r.target();
    var start = e.startTag().start();
    String snippet = e.sourceSnippet();
    if (snippet.isEmpty()) snippet = "<" + e.name() + ">";
    if (snippet.length() > SNIPPET_MAX) snippet = snippet.substring(0, SNIPPET_MAX - 1) + "…";
    return new Finding(r.rule().id(), r.rule().act(), r.rule().wcag(), r.rule().level(), r.rule().impact(),
        r.outcome(), selectors.apply(e), Math.max(0, start.line()), Math.max(0, start.column()), snippet,
        r.message(), r.rule().help(),
        r.diagnostic().map(d -> DiagnosticFields.of(d, selectors)).orElse(null));
  }
}
