package org.curbcut.rules;

/**
 * An element marked decorative that browsers expose anyway, and the role they expose it with.
 *
 * @param role the role it is exposed with ({@code generic} when none)
 */
public record ExposedRole(String role) implements Diagnostic {}
