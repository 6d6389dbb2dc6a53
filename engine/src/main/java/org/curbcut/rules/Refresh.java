package org.curbcut.rules;

/**
 * A {@code <meta http-equiv="refresh">} that reloads or redirects the page after a delay.
 *
 * @param seconds the delay
 * @param redirect whether it goes to another URL (else it reloads the page)
 */
public record Refresh(long seconds, boolean redirect) implements Diagnostic {}
