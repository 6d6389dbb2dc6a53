package org.curbcut.snapshot;

/** A half-open range [start, end) of the original source text. */
public record SourceRange(SourcePosition start, SourcePosition end) {
  /** A range that is not in the source text. */
  public static final SourceRange UNKNOWN = new SourceRange(SourcePosition.UNKNOWN, SourcePosition.UNKNOWN);

  /** True when both ends are in the source text. */
  public boolean isKnown() {
    return start.isKnown() && end.isKnown();
  }
}
