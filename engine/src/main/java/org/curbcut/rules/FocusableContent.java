package org.curbcut.rules;

import org.curbcut.snapshot.Element;

/**
 * A focusable element where none should be: inside {@code aria-hidden="true"} content, inside an
 * element whose children are presentational, or inside a link or button.
 *
 * @param role the role of the element that contains it; null when the rule is not about a role
 * @param element the first focusable element (or possibly focusable, for cantTell) inside
 */
public record FocusableContent(String role, Element element) implements Diagnostic {}
