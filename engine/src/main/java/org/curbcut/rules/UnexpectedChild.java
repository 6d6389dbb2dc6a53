package org.curbcut.rules;

/**
 * What a list ({@code ul}, {@code ol}, {@code menu}, {@code dl}) holds directly that it may not.
 *
 * @param child {@code text} for text, else the element as {@code <div>}
 */
public record UnexpectedChild(String child) implements Diagnostic {}
