package org.curbcut.snapshot;

/** A half-open range [start, end) of the original source text. */
public record SourceRange(SourcePosition start, SourcePosition end) {
  public static final SourceRange UNKNOWN = new SourceRange(SourcePosition.UNKNOWN, SourcePosition.UNKNOWN);

  public boolean isKnown() {
    return start.isKnown() && end.isKnown();
  }
}
