package org.curbcut.rules;

import org.curbcut.snapshot.Element;

/**
 * One outcome of one rule for one target.
 *
 * @param rule the rule's metadata
 * @param target the element the outcome is about (the root element for page-level outcomes)
 * @param outcome passed, failed or cantTell
 * @param messageKey the key of the message in the rule's bundle
 * @param args values for the message
 */
public record RuleResult(RuleMeta rule, Element target, Outcome outcome, String messageKey, Object[] args) {

  /** The message in words. */
  public String message() {
    return rule.message(messageKey, args);
  }
}
