package org.curbcut.internal.snapshot;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the character encoding of an HTML byte stream the way the HTML standard's sniffing does
 * in outline: byte order mark, then the transport's declared charset, then a {@code <meta>}
 * declaration in the first 1024 bytes, then UTF-8.
 */
final class CharsetSniffer {
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

  private CharsetSniffer() {}

  /** The decoded text, without a byte order mark. */
  static Decoded decode(byte[] bytes, String transportCharset) {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
    }
    Charset cs = lookup(transportCharset)
        .or(() -> metaCharset(bytes))
        .orElse(StandardCharsets.UTF_8);
    return new Decoded(new String(bytes, cs), cs);
  }

  private static Optional<Charset> metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? lookup(m.group(1)) : Optional.empty();
  }

  private static Optional<Charset> lookup(String name) {
    if (name == null || name.isBlank()) return Optional.empty();
    String n = name.trim().toLowerCase(Locale.ROOT);
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

  /** Decoded text and the charset used. */
  record Decoded(String text, Charset charset) {}
}
