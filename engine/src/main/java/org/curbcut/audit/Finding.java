package org.curbcut.audit;

import java.util.List;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.Outcome;

/**
 * One reportable result (failed or cantTell) of one rule on one element, in the terms every
 * report format uses.
 *
 * @param rule rule id
 * @param act ACT rule ids the rule implements
 * @param wcag WCAG success criteria, e.g. "1.1.1"
 * @param level WCAG level of the rule
 * @param impact how much it hurts users
 * @param outcome FAILED or CANT_TELL
 * @param selector a CSS selector that finds the element in the page
 * @param line 1-based source line of the element's start tag, 0 when unknown
 * @param column 1-based source column, 0 when unknown
 * @param snippet the start tag as written (shortened)
 * @param message what is wrong, in words
 * @param help how to fix it, in words
 * @param diagnostic what the rule found, in report terms; null when the message says all there is
 */
public record Finding(String rule, List<String> act, List<String> wcag, Level level, Impact impact, Outcome outcome,
                      String selector, int line, int column, String snippet, String message, String help,
                      DiagnosticFields diagnostic) {

  /** A finding without a diagnostic. */
  public Finding(String rule, List<String> act, List<String> wcag, Level level, Impact impact, Outcome outcome,
                 String selector, int line, int column, String snippet, String message, String help) {
    this(rule, act, wcag, level, impact, outcome, selector, line, column, snippet, message, help, null);
  }
}
