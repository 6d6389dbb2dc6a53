package org.curbcut.rules;

/**
 * A link in a block of text told apart by its colour alone, and how far its colour is from the
 * surrounding text's (link-in-text-block).
 *
 * @param link the link's text colour, {@code #rrggbb}
 * @param text the surrounding text's colour
 * @param ratio the highest contrast ratio between the two (unrounded)
 */
public record LinkContrast(String link, String text, double ratio) implements Diagnostic {}
