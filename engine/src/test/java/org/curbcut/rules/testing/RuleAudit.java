package org.curbcut.rules.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.curbcut.audit.Selectors;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/** What one rule reported for one page, and the page, so that targets can be named by selector. */
public final class RuleAudit {
  private final Rule rule;
  private final Page page;
  private final List<RuleResult> results;

  private RuleAudit(Rule rule, Page page, List<RuleResult> results) {
    this.rule = rule;
    this.page = page;
    this.results = List.copyOf(results);
  }

  /** Runs the rule, alone and in a fresh audit context, over the page parsed from {@code html}. */
  public static RuleAudit of(Rule rule, String html) {
    return of(rule, HtmlSnapshot.parse(html, "fixture.html"));
  }

  /** Runs the rule, alone and in a fresh audit context, over a page built by the test. */
  public static RuleAudit of(Rule rule, Page page) {
    Outcomes out = new Outcomes(rule.meta());
    rule.evaluate(new RuleContext(page), out);
    return new RuleAudit(rule, page, out.results());
  }

  public Rule rule() {
    return rule;
  }

  public Page page() {
    return page;
  }

  /** Every result, in the order the rule reported them. */
  public List<RuleResult> results() {
    return results;
  }

  /** The results whose target is this element. */
  public List<RuleResult> on(Element target) {
    return results.stream().filter(r -> r.target() == target).toList();
  }

  /** The message of the one result for the target (to check what a person reads). */
  public String message(String target) {
    List<RuleResult> on = on(target(target));
    if (on.size() != 1) throw new AssertionError("expected one result for " + target + ", got:\n" + describe());
    return on.get(0).message();
  }

  /**
   * The one element a CSS selector names: matched in the page, or, when it matches nothing there,
   * in the documents of the page's {@code <iframe srcdoc>}s. Throws when it names none or several.
   */
  public Element target(String selector) {
    List<Element> found = page.select(selector);
    if (found.isEmpty()) found = inFrames(page, selector, 0);
    if (found.size() != 1) {
      throw new AssertionError("the selector '" + selector + "' names " + found.size()
          + " elements of the page, not one: name each target exactly");
    }
    return found.get(0);
  }

  private static List<Element> inFrames(Page p, String selector, int depth) {
    List<Element> out = new ArrayList<>();
    if (depth > 8) return out;
    for (Element e : p.elements()) {
      Page doc = e.contentDocument();
      if (doc == null) continue;
      out.addAll(doc.select(selector));
      out.addAll(inFrames(doc, selector, depth + 1));
    }
    return out;
  }

  /** The results, one a line ({@code failed missing at img#a <img id=a src=x>}), for assertion messages. */
  public String describe() {
    if (results.isEmpty()) return "  (nothing: the rule is inapplicable)";
    return results.stream().map(RuleAudit::describe).collect(Collectors.joining("\n"));
  }

  static String describe(RuleResult r) {
    String key = r.outcome() == org.curbcut.rules.Outcome.PASSED ? "" : " " + r.messageKey();
    String snippet = r.target().sourceSnippet();
    return "  " + r.outcome().act() + key + " at " + Selectors.of(r.target())
        + (snippet.isEmpty() ? "" : " " + (snippet.length() > 80 ? snippet.substring(0, 79) + "…" : snippet));
  }
}
