package org.curbcut.rules;

/**
 * A text spacing that an {@code !important} declaration in a {@code style} attribute fixes, so
 * that readers cannot widen it (WCAG 1.4.12).
 *
 * @param property {@code letter-spacing}, {@code word-spacing} or {@code line-height}
 * @param value the declared value, as written
 * @param fontSizes the computed spacing in times the font size (unrounded); null when the value
 *     cannot be resolved
 * @param minimum the least times the font size readers must be able to set
 */
public record TextSpacing(String property, String value, Double fontSizes, double minimum) implements Diagnostic {}
