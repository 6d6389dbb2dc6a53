package org.curbcut.internal.standards;

/** The value types of WAI-ARIA 1.2 states and properties (section 6.3). */
public enum ValueType {
  /** true / false. */
  TRUE_FALSE,
  /** true / false / undefined. */
  TRUE_FALSE_UNDEFINED,
  /** true / false / mixed / undefined. */
  TRISTATE,
  /** One id. */
  ID_REFERENCE,
  /** White-space separated ids. */
  ID_REFERENCE_LIST,
  /** A whole number. */
  INTEGER,
  /** Any real number. */
  NUMBER,
  /** Free text. */
  STRING,
  /** One token of {@link AttributeSpec#allowedValues()}. */
  TOKEN,
  /** White-space separated tokens of {@link AttributeSpec#allowedValues()}. */
  TOKEN_LIST
}
