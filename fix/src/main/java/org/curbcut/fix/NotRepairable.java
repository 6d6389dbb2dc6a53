package org.curbcut.fix;

import org.curbcut.snapshot.Element;

/**
 * A failure no machine can repair safely.
 *
 * @param rule the rule
 * @param target the element
 * @param reason why, and what a person should do
 */
public record NotRepairable(String rule, Element target, String reason) implements FixAttempt {}
