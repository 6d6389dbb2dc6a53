package org.curbcut.rules;

/**
 * An id that more than one element has (reported on each but the first).
 *
 * @param id the id
 * @param count how many elements have it
 */
public record SharedId(String id, int count) implements Diagnostic {}
