package org.curbcut.rules;

import org.curbcut.snapshot.Element;

/**
 * A label whose wording a person must judge, and the control it labels.
 *
 * @param text the label's text, white space collapsed
 * @param control the labelled form control
 */
public record Label(String text, Element control) implements Diagnostic {}
