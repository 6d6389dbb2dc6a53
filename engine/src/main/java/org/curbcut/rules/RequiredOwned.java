package org.curbcut.rules;

import java.util.List;

/**
 * An element whose role must own elements with some roles, and what it owns that does not fit.
 *
 * @param role the element's role
 * @param required the roles it must own at least one of (WAI-ARIA's entries, {@code group > option} included)
 * @param notAllowed the roles of the owned elements that are not among them ({@code text} for
 *     text, {@code generic} for an element without a role), each once; empty when it owns nothing
 *     that counts
 */
public record RequiredOwned(String role, List<String> required, List<String> notAllowed) implements Diagnostic {
  public RequiredOwned {
    required = List.copyOf(required);
    notAllowed = List.copyOf(notAllowed);
  }
}
