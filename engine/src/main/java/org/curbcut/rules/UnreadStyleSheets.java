package org.curbcut.rules;

import java.util.List;

/**
 * Style sheets of the page that could not be read, and how many of a rule's targets they leave
 * undecided: one finding for the page rather than one per element, since the remedy (audit the
 * page with its sheets) is the same for all of them.
 *
 * @param sheets the sheets as the page names them: a {@code <link>}'s {@code href}, or
 *     {@code @import} for a {@code <style>} element that imports one
 * @param targets how many of the rule's targets cannot be decided without them
 */
public record UnreadStyleSheets(List<String> sheets, int targets) implements Diagnostic {
  public UnreadStyleSheets {
    sheets = List.copyOf(sheets);
  }
}
