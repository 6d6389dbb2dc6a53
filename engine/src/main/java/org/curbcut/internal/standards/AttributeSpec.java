package org.curbcut.internal.standards;

import java.util.List;

/**
 * One WAI-ARIA state or property.
 *
 * @param name e.g. {@code aria-checked}
 * @param type its value type
 * @param allowedValues the allowed tokens for {@link ValueType#TOKEN} and {@link ValueType#TOKEN_LIST}
 *     (lower case), empty otherwise
 * @param isGlobal true when every role supports it (unless the role prohibits it)
 * @param isDeprecated true when ARIA 1.2 deprecates it
 * @param isState true for a state (changes with interaction), false for a property
 * @param since the ARIA version that introduced it when newer than 1.2 (e.g. "1.3"), else empty
 * @param triggersPresentationConflict for global attributes: whether browsers ignore a
 *     none/presentation role because of it (false for the braille attributes of ARIA 1.3)
 */
public record AttributeSpec(String name, ValueType type, List<String> allowedValues, boolean isGlobal,
    boolean isDeprecated, boolean isState, String since, boolean triggersPresentationConflict) {

  public AttributeSpec {
    allowedValues = List.copyOf(allowedValues);
  }

  /** True when a value of this attribute refers to elements by id. */
  public boolean isIdReference() {
    return type == ValueType.ID_REFERENCE || type == ValueType.ID_REFERENCE_LIST;
  }
}
