package org.curbcut.snapshot;

/**
 * A place in the original source text: 1-based line and column, and the 0-based character offset
 * (the offset is what the fix engine edits at). {@link #UNKNOWN} when the node was not in the
 * source (e.g. an element the HTML parser inserted).
 */
public record SourcePosition(int line, int column, int offset) {
  /** A position that is not in the source text (offset -1). */
  public static final SourcePosition UNKNOWN = new SourcePosition(0, 0, -1);

  /** True when the position is in the source text. */
  public boolean isKnown() {
    return offset >= 0;
  }
}
