package org.curbcut.rules;

/**
 * A heading that skips levels after the heading before it.
 *
 * @param previous the level of the heading before
 * @param level this heading's level
 */
public record HeadingLevels(int previous, int level) implements Diagnostic {}
