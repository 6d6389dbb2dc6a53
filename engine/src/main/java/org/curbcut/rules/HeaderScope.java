package org.curbcut.rules;

/**
 * A header cell whose direction (column or row) is not programmatically determined, and the
 * direction its position decides.
 *
 * @param declared its {@code scope} attribute as written; null when it has none
 * @param decided the scope its position decides, {@code col} or {@code row}; null when the position decides none
 * @param oneAxis whether every header cell of the table is in its first row, or every one in its
 *     first column (then the direction cannot be anything else)
 */
public record HeaderScope(String declared, String decided, boolean oneAxis) implements Diagnostic {}
