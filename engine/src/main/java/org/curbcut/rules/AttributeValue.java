package org.curbcut.rules;

/**
 * The value of an attribute that the rule found wrong or that a person must judge: a role no
 * browser knows, a language tag, an autofill token, a positive tabindex, a pattern nobody explains.
 *
 * @param attribute the attribute's name, lower case
 * @param value its value as the rule read it (usually trimmed)
 */
public record AttributeValue(String attribute, String value) implements Diagnostic {}
