package org.curbcut.fix.report;

/**
 * One edit of a repair, located in the original text: replace the characters from
 * (startLine, startColumn) up to (endLine, endColumn) with {@code inserted}. Lines and columns are
 * 1-based, columns count UTF-16 code units (SARIF's default); an insertion has equal start and end.
 *
 * @param offset the 0-based character offset of the start in the original text
 * @param length how many characters are replaced (0 for an insertion)
 * @param deleted the characters replaced
 * @param inserted the characters put in their place
 */
public record EditSpan(int startLine, int startColumn, int endLine, int endColumn, int offset, int length,
                       String deleted, String inserted) {}
