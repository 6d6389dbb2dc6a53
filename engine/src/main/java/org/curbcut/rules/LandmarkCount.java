package org.curbcut.rules;

/**
 * More landmarks of one role than a page should have.
 *
 * @param role the landmark role ({@code main})
 * @param count how many the page has
 */
public record LandmarkCount(String role, int count) implements Diagnostic {}
