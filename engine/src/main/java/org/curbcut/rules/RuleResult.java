package org.curbcut.rules;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.curbcut.snapshot.Element;

/**
 * One outcome of one rule for one target: what the rule found ({@link #diagnostic()}, typed) and
 * what it says about it ({@link #message()}, formatted from the rule's bundle with arguments taken
 * from the diagnostic). Results compare by identity: two findings of the same kind on the same
 * element are still two findings.
 */
public final class RuleResult {
  private final RuleMeta rule;
  private final Element target;
  private final Outcome outcome;
  private final MessageKey<?> key;
  private final Diagnostic diagnostic;

  RuleResult(RuleMeta rule, Element target, Outcome outcome, MessageKey<?> key, Diagnostic diagnostic) {
    this.rule = rule;
    this.target = target;
    this.outcome = outcome;
    this.key = key;
    this.diagnostic = diagnostic;
  }

  /** The rule's metadata. */
  public RuleMeta rule() {
    return rule;
  }

  /** The element the outcome is about (the root element for page-level outcomes). */
  public Element target() {
    return target;
  }

  /** Passed, failed or cantTell. */
  public Outcome outcome() {
    return outcome;
  }

  /** The name of the message in the rule's bundle: {@code <rule-id>.<messageKey>}. */
  public String messageKey() {
    return key.name();
  }

  /** Whether the result reports this message. */
  public boolean is(MessageKey<?> message) {
    return key == message;
  }

  /** What the rule found; empty when the message says all there is. */
  public Optional<Diagnostic> diagnostic() {
    return Optional.ofNullable(diagnostic);
  }

  /** What the rule found, when it is of this kind. */
  public <D extends Diagnostic> Optional<D> diagnostic(Class<D> kind) {
    return kind.isInstance(diagnostic) ? Optional.of(kind.cast(diagnostic)) : Optional.empty();
  }

  /** The message in words. */
  public String message() {
    return rule.message(key.name(), key.arguments(target, diagnostic));
  }

  /**
   * The same result about the elements another page has where this one has its target (and the
   * elements its diagnostic names): a re-audit that knows a rule's inputs did not change carries
   * its results over instead of running it again. Null when {@code map} has no element for one of
   * them (null for an element it does not know).
   */
  public RuleResult movedTo(UnaryOperator<Element> map) {
    Element to = map.apply(target);
    if (to == null) return null;
    Diagnostic moved = diagnostic == null ? null : Diagnostics.movedTo(diagnostic, map);
    if (diagnostic != null && moved == null) return null;
    return new RuleResult(rule, to, outcome, key, moved);
  }

  @Override
  public String toString() {
    return rule.id() + " " + outcome.act() + " <" + target.name() + "> " + key.name()
        + (diagnostic == null ? "" : " " + diagnostic);
  }
}
