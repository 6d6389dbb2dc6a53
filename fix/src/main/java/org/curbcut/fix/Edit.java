package org.curbcut.fix;

/**
 * One change to the original source text: replace the characters [start, end) with
 * {@code replacement}. An insertion has start == end.
 */
public record Edit(int start, int end, String replacement) {
  /** Checks that the range is in order. */
  public Edit {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad edit range " + start + ".." + end);
  }

  /** An insertion of {@code text} at offset {@code at}. */
  public static Edit insert(int at, String text) {
    return new Edit(at, at, text);
  }

  boolean overlaps(Edit other) {
    if (start == end && other.start == other.end) return false; // two insertions never overlap
    return start < other.end && other.start < end
        || start == end && start > other.start && start < other.end
        || other.start == other.end && other.start > start && other.start < end;
  }

  int delta() {
    return replacement.length() - (end - start);
  }
}
