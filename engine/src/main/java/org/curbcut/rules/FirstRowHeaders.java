package org.curbcut.rules;

import org.curbcut.snapshot.Element;

/**
 * A table without header cells whose markup says its first row is meant as the column headers.
 *
 * @param row the first row ({@code tr}) of the table
 * @param evidence what says so: {@code thead} (the row is in one), {@code b/strong} (every cell
 *     of the row with text is wrapped in b or strong) or {@code font-weight} (those cells are bold
 *     by style and the next row is not)
 */
public record FirstRowHeaders(Element row, String evidence) implements Diagnostic {}
