package org.curbcut.snapshot;

/** A text node, with its character data already decoded from entities. */
public final class Text extends Node {
  private final String data;
  private final SourceRange range;
  /** {@link #isWhitespace()}: 0 not computed yet, 1 true, 2 false. */
  private byte whitespace;

  Text(String data, SourceRange range) {
    this.data = data;
    this.range = range;
  }

  /** The text, with character references decoded. */
  public String data() {
    return data;
  }

  /** Where the text is in the page's source. */
  public SourceRange range() {
    return range;
  }

  /** True when the text holds only ASCII white space. */
  public boolean isWhitespace() {
    byte known = whitespace;
    if (known != 0) return known == 1;
    boolean ws = computeWhitespace();
    whitespace = ws ? (byte) 1 : (byte) 2;
    return ws;
  }

  private boolean computeWhitespace() {
    for (int i = 0; i < data.length(); i++) {
      char c = data.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') return false;
    }
    return true;
  }

  @Override
  public String toString() {
    return "#text \"" + data + "\"";
  }
}
