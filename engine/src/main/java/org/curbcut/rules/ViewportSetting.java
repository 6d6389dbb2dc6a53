package org.curbcut.rules;

/**
 * A property of a {@code <meta name="viewport">} content that stops people from zooming.
 *
 * @param property {@code user-scalable} or {@code maximum-scale}
 * @param value its value as written (lower case)
 */
public record ViewportSetting(String property, String value) implements Diagnostic {}
