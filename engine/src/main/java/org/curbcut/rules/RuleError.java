package org.curbcut.rules;

/**
 * A rule that threw instead of deciding: the audit reports it as cantTell on the page, so a bug in
 * one rule never hides the others' findings.
 *
 * @param exception the simple class name of what was thrown, e.g. {@code StackOverflowError}
 */
public record RuleError(String exception) implements Diagnostic {}
