package org.curbcut.rules;

/**
 * An element an {@code @media (orientation)} rule rotates, locking the page to one orientation.
 *
 * @param degrees the rotation, 0 to 360 (exclusive)
 */
public record OrientationLock(double degrees) implements Diagnostic {}
