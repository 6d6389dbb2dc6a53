package org.curbcut.cli;

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
 * The character encoding of a page file, found the way the engine reads files (byte order mark,
 * then {@code <meta charset>} in the first 1024 bytes, then UTF-8), so a repaired page is written
 * back in the encoding it was read in. Characters the encoding cannot hold become numeric
 * character references ({@code &#x2026;}), which every HTML parser reads as the character.
 *
 * @param charset the encoding
 * @param bom the byte order mark the file starts with (empty when none)
 */
record PageEncoding(Charset charset, byte[] bom) {
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
  private static final byte[] NONE = new byte[0];

  static final PageEncoding UTF_8 = new PageEncoding(StandardCharsets.UTF_8, NONE);

  /** A file's decoded text and its encoding. */
  record Decoded(String text, PageEncoding encoding) {}

  /** Decodes the bytes of a page file. */
  static Decoded decode(byte[] bytes) {
    if (starts(bytes, 0xEF, 0xBB, 0xBF)) return decoded(bytes, 3, StandardCharsets.UTF_8);
    if (starts(bytes, 0xFE, 0xFF)) return decoded(bytes, 2, StandardCharsets.UTF_16BE);
    if (starts(bytes, 0xFF, 0xFE)) return decoded(bytes, 2, StandardCharsets.UTF_16LE);
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
    Charset cs = metaCharset(head).orElse(StandardCharsets.UTF_8);
    return new Decoded(new String(bytes, cs), new PageEncoding(cs, NONE));
  }

  /** The encoding a reader of a file holding this text would use: its {@code <meta charset>}, else UTF-8. */
  static PageEncoding declaredIn(String text) {
    String head = text.substring(0, Math.min(text.length(), 1024));
    return metaCharset(head).map(cs -> new PageEncoding(cs, NONE)).orElse(UTF_8);
  }

  private static Decoded decoded(byte[] bytes, int bomLength, Charset cs) {
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
    if (!m.find()) return Optional.empty();
    String n = m.group(1).trim().toLowerCase(Locale.ROOT);
    // as the engine (and the HTML standard): these labels mean windows-1252; a meta tag cannot mean UTF-16
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) n = "windows-1252";
    if (n.startsWith("utf-16")) n = "utf-8";
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  /** True when encoding the decoded text gives back exactly the original bytes. */
  boolean roundTrips(String text, byte[] original) {
    try {
      return Arrays.equals(strict(text), original);
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The text with every character this encoding cannot hold written as a numeric character reference. */
  String representable(String text) {
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

  /** The file's bytes for a text this encoding can hold (see {@link #representable}). */
  byte[] encode(String representableText) {
    try {
      return strict(representableText);
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("text not representable in " + charset, e);
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
