package org.curbcut.rules;

import org.curbcut.snapshot.Element;

/**
 * The landmark a top-level landmark (banner, contentinfo) sits inside.
 *
 * @param role the enclosing landmark's role
 * @param landmark the enclosing landmark
 */
public record EnclosingLandmark(String role, Element landmark) implements Diagnostic {}
