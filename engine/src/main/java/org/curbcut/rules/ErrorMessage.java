package org.curbcut.rules;

import org.curbcut.snapshot.Element;

/**
 * An error message shown next to a form field that the field does not reference.
 *
 * @param message the element that holds the message (the first one, when there are several)
 * @param text its text, white space collapsed
 */
public record ErrorMessage(Element message, String text) implements Diagnostic {}
