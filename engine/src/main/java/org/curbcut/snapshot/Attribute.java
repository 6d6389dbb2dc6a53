package org.curbcut.snapshot;

/**
 * One attribute as written. Names are lower case for HTML elements (the parser normalises them)
 * and keep their case for foreign (SVG, MathML) elements.
 *
 * @param name attribute name
 * @param value attribute value, empty for a bare attribute
 * @param nameRange where the name is in the source
 * @param valueRange where the value is in the source (without quotes); unknown for a bare attribute
 */
public record Attribute(String name, String value, SourceRange nameRange, SourceRange valueRange) {}
