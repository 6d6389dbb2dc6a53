package org.curbcut.rules;

/**
 * Elements that share an accessible name but lead to different places (links, frames): a
 * person compares what they lead to.
 *
 * @param name the shared name
 * @param count how many elements have it
 */
public record SameName(String name, int count) implements Diagnostic {}
