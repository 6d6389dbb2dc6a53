package org.curbcut.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;

/**
 * Collects what a rule found. A target a rule never reports is inapplicable. Every failed and
 * cantTell result names one of the rule's declared messages ({@link RuleMeta#withMessages}) and,
 * when the message is about something the rule found, the {@link Diagnostic} it is formatted from.
 */
public final class Outcomes {
  private final RuleMeta rule;
  private final List<RuleResult> results = new ArrayList<>();

  /** Collects the results of one evaluation of this rule. */
  public Outcomes(RuleMeta rule) {
    this.rule = rule;
  }

  /** Records that the element passes the rule. */
  public void passed(Element target) {
    results.add(new RuleResult(rule, target, Outcome.PASSED, MessageKey.PASSED, null));
  }

  /** A pass with what the rule measured (the contrast that was enough). */
  public void passed(Element target, Diagnostic diagnostic) {
    results.add(new RuleResult(rule, target, Outcome.PASSED, MessageKey.PASSED, Objects.requireNonNull(diagnostic)));
  }

  /** A failure whose message says all there is. */
  public void failed(Element target, MessageKey<?> message) {
    add(target, Outcome.FAILED, message, null);
  }

  /** A failure with what the rule found. */
  public <D extends Diagnostic> void failed(Element target, MessageKey<D> message, D diagnostic) {
    add(target, Outcome.FAILED, message, Objects.requireNonNull(diagnostic));
  }

  /** A result a person must decide, whose message says all there is. */
  public void cantTell(Element target, MessageKey<?> message) {
    add(target, Outcome.CANT_TELL, message, null);
  }

  /** A result a person must decide, with what the rule found. */
  public <D extends Diagnostic> void cantTell(Element target, MessageKey<D> message, D diagnostic) {
    add(target, Outcome.CANT_TELL, message, Objects.requireNonNull(diagnostic));
  }

  /**
   * Reports a three-valued expectation: TRUE passes, FALSE fails, UNKNOWN can't tell; both
   * failed and cantTell use {@code message}.
   */
  public <D extends Diagnostic> void expect(Element target, Tri satisfied, MessageKey<D> message, D diagnostic) {
    switch (satisfied) {
      case TRUE -> passed(target);
      case FALSE -> add(target, Outcome.FAILED, message, diagnostic);
      case UNKNOWN -> add(target, Outcome.CANT_TELL, message, diagnostic);
    }
  }

  /** As {@link #expect(Element, Tri, MessageKey, Diagnostic)} for a message that says all there is. */
  public void expect(Element target, Tri satisfied, MessageKey<?> message) {
    switch (satisfied) {
      case TRUE -> passed(target);
      case FALSE -> add(target, Outcome.FAILED, message, null);
      case UNKNOWN -> add(target, Outcome.CANT_TELL, message, null);
    }
  }

  private void add(Element target, Outcome outcome, MessageKey<?> message, Diagnostic diagnostic) {
    if (!rule.declares(message)) {
      throw new IllegalArgumentException("rule " + rule.id() + " does not declare the message " + message);
    }
    if (!message.accepts(diagnostic)) {
      throw new IllegalArgumentException("message " + rule.id() + "." + message + message.diagnostic()
          .map(k -> " needs a diagnostic of kind " + k.getSimpleName()).orElse(" takes no diagnostic")
          + (diagnostic == null ? "" : ", not " + diagnostic.kind()));
    }
    results.add(new RuleResult(rule, target, outcome, message, diagnostic));
  }

  /** The results recorded so far, in order (unmodifiable). */
  public List<RuleResult> results() {
    return Collections.unmodifiableList(results);
  }
}
