package org.curbcut.rules;

/**
 * A landmark that shares its role and its name with another, so users cannot tell them apart.
 *
 * @param role the landmark role
 * @param name the shared name ({@code ""} when both have none); null when the name could not be computed
 */
public record LandmarkName(String role, String name) implements Diagnostic {}
