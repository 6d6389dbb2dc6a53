package org.curbcut.rules;

/**
 * The element a list item sits in instead of a list.
 *
 * @param parent the parent's element name
 */
public record UnexpectedParent(String parent) implements Diagnostic {}
