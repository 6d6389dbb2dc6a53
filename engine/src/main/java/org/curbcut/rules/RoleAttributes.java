package org.curbcut.rules;

import java.util.List;

/**
 * Attributes that do not go with the element's role: the states and properties the role requires
 * and the element lacks (aria-required-attr), or the ones it has that the role does not support
 * or prohibits (aria-allowed-attr, aria-prohibited-attr).
 *
 * @param role the role; null when the element has none
 * @param attributes the attribute names, lower case
 */
public record RoleAttributes(String role, List<String> attributes) implements Diagnostic {
  public RoleAttributes {
    attributes = List.copyOf(attributes);
  }
}
