package org.curbcut.internal.aria;

/**
 * Where an accessible name or description came from, as the accname 1.2 steps name them. Reports
 * and the fix engine need this: a name from {@code title} is weaker than one from a label.
 */
public enum NameSource {
  /** Step 2B: aria-labelledby / aria-describedby. */
  ARIA_LABELLEDBY,
  /** Step 2C: embedded control value (when computing a name inside another name). */
  EMBEDDED_CONTROL,
  /** Step 2D: aria-label. */
  ARIA_LABEL,
  /** Step 2E: native host-language label: label element, alt, caption, legend, figcaption, SVG title, value. */
  HOST_LANGUAGE,
  /** Step 2F: the element's own content. */
  CONTENTS,
  /** Step 2I: title attribute or SVG title used as a tooltip. */
  TOOLTIP,
  /** Placeholder or aria-placeholder, used as a last resort by browsers. */
  PLACEHOLDER,
  /** No name. */
  NONE
}
