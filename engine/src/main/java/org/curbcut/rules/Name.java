package org.curbcut.rules;

/**
 * An accessible name (or text alternative) that a person must judge, or that the rule found to
 * say nothing (a file name as alt text).
 *
 * @param text the name, white space collapsed
 */
public record Name(String text) implements Diagnostic {}
