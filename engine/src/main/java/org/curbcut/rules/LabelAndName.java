package org.curbcut.rules;

/**
 * The visible label of a control and its accessible name, when the name may not contain the
 * label (label-in-name): speech-input users say what they see.
 *
 * @param label the visible text, white space collapsed
 * @param name the accessible name, white space collapsed
 */
public record LabelAndName(String label, String name) implements Diagnostic {}
