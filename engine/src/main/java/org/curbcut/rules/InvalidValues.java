package org.curbcut.rules;

import java.util.List;

/**
 * Attributes whose values their definition does not allow (an ARIA state that is neither true nor
 * false, a token outside its list).
 *
 * @param values each attribute with its value as written, in the element's order
 */
public record InvalidValues(List<AttributeValue> values) implements Diagnostic {
  public InvalidValues {
    values = List.copyOf(values);
  }
}
