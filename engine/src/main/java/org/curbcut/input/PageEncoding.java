package org.curbcut.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character encoding of a page: how its bytes were read, and so how a repaired page is written
 * back. This is the one charset sniffer of Curbcut, in outline the HTML standard's: a byte order
 * mark, then the charset the transport declared (an HTTP Content-Type), then a
 * {@code <meta charset>} in the first 1024 bytes, then UTF-8.
 *
 * <p>Writing back, characters the encoding cannot hold become numeric character references
 * ({@code &#x2026;}), which every HTML parser reads as the character.
 *
 * <pre>{@code
 * PageEncoding.Decoded d = PageEncoding.sniff(bytes, "windows-1252");
 * byte[] again = d.encoding().encode(d.encoding().representable(d.text()));
 * }</pre>
 *
 * @param charset the encoding
 * @param bom the byte order mark the bytes start with (empty when none); written back as it was
 */
public record PageEncoding(Charset charset, byte[] bom) {
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
  private static final int META_WINDOW = 1024;
  private static final byte[] NONE = new byte[0];

  /** UTF-8 without a byte order mark: what a page that declares nothing is read as. */
  public static final PageEncoding UTF_8 = new PageEncoding(StandardCharsets.UTF_8, NONE);

  /** Keeps its own copy of the byte order mark. */
  public PageEncoding {
    bom = bom == null ? NONE : bom.clone();
  }

  /** The byte order mark (a copy; empty when none). */
  @Override
  public byte[] bom() {
    return bom.clone();
  }

  /** True for UTF-16 (big or little endian), which a unified diff for {@code git apply} cannot carry. */
  public boolean isUtf16() {
    return charset.name().startsWith("UTF-16");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PageEncoding e && e.charset.equals(charset) && Arrays.equals(e.bom, bom);
  }

  @Override
  public int hashCode() {
    return charset.hashCode() * 31 + Arrays.hashCode(bom);
  }

  @Override
  public String toString() {
    return charset.name() + (bom.length > 0 ? " with a byte order mark" : "");
  }

  /**
   * Text decoded from bytes, and the encoding it was decoded with.
   *
   * @param text the text, without the byte order mark
   * @param encoding how it was decoded
   */
  public record Decoded(String text, PageEncoding encoding) {}

  /**
   * Decodes the bytes of a page: byte order mark, then {@code declaredCharset}, then
   * {@code <meta charset>} in the first 1024 bytes, then UTF-8. An unknown label counts as none.
   * As the HTML standard says, iso-8859-1, latin1 and (us-)ascii mean windows-1252, and a
   * declaration of UTF-16 in text that was readable as ASCII means UTF-8.
   *
   * @param bytes the page's bytes
   * @param declaredCharset the charset the transport declared (an HTTP Content-Type's), or null
   */
  public static Decoded sniff(byte[] bytes, String declaredCharset) {
    if (starts(bytes, 0xEF, 0xBB, 0xBF)) return withBom(bytes, 3, StandardCharsets.UTF_8);
    if (starts(bytes, 0xFE, 0xFF)) return withBom(bytes, 2, StandardCharsets.UTF_16BE);
    if (starts(bytes, 0xFF, 0xFE)) return withBom(bytes, 2, StandardCharsets.UTF_16LE);
    String head = new String(bytes, 0, Math.min(bytes.length, META_WINDOW), StandardCharsets.ISO_8859_1);
    Charset cs = lookup(declaredCharset).or(() -> metaCharset(head)).orElse(StandardCharsets.UTF_8);
    return new Decoded(new String(bytes, cs), new PageEncoding(cs, NONE));
  }

  /**
   * The encoding a reader of a file holding this text would use: its {@code <meta charset>}, else
   * UTF-8. A page fetched over HTTP loses its Content-Type when it is saved as a file; this is the
   * encoding the file must then be written in.
   */
  public static PageEncoding declaredIn(String text) {
    String head = text.substring(0, Math.min(text.length(), META_WINDOW));
    return metaCharset(head).map(cs -> new PageEncoding(cs, NONE)).orElse(UTF_8);
  }

  /**
   * Decodes a style sheet: a UTF-8 byte order mark is skipped; the declared charset, else UTF-8
   * (an unknown label: UTF-8).
   */
  static String decodeStylesheet(byte[] bytes, String declaredCharset) {
    int off = starts(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    Charset cs = StandardCharsets.UTF_8;
    if (declaredCharset != null) {
      try {
        cs = Charset.forName(declaredCharset.strip());
      } catch (RuntimeException ignored) {
        // unknown label: UTF-8
      }
    }
    return new String(bytes, off, bytes.length - off, cs);
  }

  private static Decoded withBom(byte[] bytes, int bomLength, Charset cs) {
    return new Decoded(new String(bytes, bomLength, bytes.length - bomLength, cs),
        new PageEncoding(cs, Arrays.copyOf(bytes, bomLength)));
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xff) != prefix[i]) return false;
    }
    return true;
  }

  private static Optional<Charset> metaCharset(String head) {
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? lookup(m.group(1)) : Optional.empty();
  }

  private static Optional<Charset> lookup(String label) {
    if (label == null || label.isBlank()) return Optional.empty();
    String n = label.trim().toLowerCase(Locale.ROOT);
    // the HTML standard maps these labels to windows-1252
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) n = "windows-1252";
    // a page cannot declare UTF-16 in a meta tag it was able to read as ASCII
    if (n.startsWith("utf-16")) n = "utf-8";
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  /** True when encoding the decoded text gives back exactly the original bytes (byte order mark included). */
  public boolean roundTrips(String text, byte[] original) {
    try {
      return Arrays.equals(strict(text), original);
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The text with every character this encoding cannot hold written as a numeric character reference. */
  public String representable(String text) {
    CharsetEncoder enc = charset.newEncoder();
    if (enc.maxBytesPerChar() >= 3 && charset.name().startsWith("UTF")) return text;
    StringBuilder b = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      String ch = text.substring(i, i + n);
      boolean ok = enc.canEncode(ch);
      if (!ok && b == null) b = new StringBuilder(text.length() + 16).append(text, 0, i);
      if (b != null) {
        if (ok) b.append(ch);
        else b.append("&#x").append(Integer.toHexString(cp).toUpperCase(Locale.ROOT)).append(';');
      }
      i += n;
    }
    return b == null ? text : b.toString();
  }

  /**
   * The page's bytes for a text this encoding can hold (see {@link #representable}), byte order
   * mark first.
   *
   * @throws IllegalArgumentException when the text holds a character the encoding cannot
   */
  public byte[] encode(String representableText) {
    try {
      return strict(representableText);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("text not representable in " + charset, e);
    }
  }

  private byte[] strict(String text) throws CharacterCodingException {
    ByteBuffer buf = charset.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .encode(CharBuffer.wrap(text));
    byte[] out = new byte[bom.length + buf.remaining()];
    System.arraycopy(bom, 0, out, 0, bom.length);
    buf.get(out, bom.length, buf.remaining());
    return out;
  }
}
