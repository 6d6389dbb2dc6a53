package org.curbcut.rules;

import java.util.List;

/**
 * An element whose role must be owned by an element with one of some roles, and what owns it.
 *
 * @param role the element's role
 * @param required the roles that may own it
 * @param parent the role of its parent in the accessibility tree; null when the parent has none
 */
public record RequiredContext(String role, List<String> required, String parent) implements Diagnostic {
  public RequiredContext {
    required = List.copyOf(required);
  }
}
