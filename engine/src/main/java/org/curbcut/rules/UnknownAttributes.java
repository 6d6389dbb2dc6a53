package org.curbcut.rules;

import java.util.List;

/**
 * Attributes that look like WAI-ARIA but that WAI-ARIA does not define (misspellings, inventions).
 *
 * @param attributes their names, lower case, in the element's order
 */
public record UnknownAttributes(List<String> attributes) implements Diagnostic {
  public UnknownAttributes {
    attributes = List.copyOf(attributes);
  }
}
