package org.curbcut.input;

import java.util.Optional;
import java.util.function.Function;
import org.curbcut.snapshot.Page;

/**
 * A page as read, ready to be audited or repaired: the parsed page, the encoding it is written back
 * in, its original bytes, and a parser that reads a repaired text exactly as the original was read
 * (same name, base URI and style sheets, which were read once and are kept), so a re-audit compares
 * like with like. Made by {@link PageLoader#read}. Immutable; safe to share between threads.
 */
public final class LoadedPage {
  private final Page page;
  private final PageEncoding encoding;
  private final byte[] bytes;
  private final Function<String, Page> parser;
  private final boolean overHttp;

  /**
   * A page as read.
   *
   * @param overHttp whether the bytes came with a Content-Type (a URL, or a server's response),
   *     which a file of its own loses
   */
  LoadedPage(Page page, PageEncoding encoding, byte[] bytes, Function<String, Page> parser, boolean overHttp) {
    this.page = page;
    this.encoding = encoding;
    this.bytes = bytes;
    this.parser = parser;
    this.overHttp = overHttp;
  }

  /** The page parsed from the original text. */
  public Page page() {
    return page;
  }

  /** How reports name the page. */
  public String name() {
    return page.source();
  }

  /** The original text (decoded, without a byte order mark). */
  public String text() {
    return page.text();
  }

  /** The encoding the page was read in, and is written back in. */
  public PageEncoding encoding() {
    return encoding;
  }

  /**
   * The bytes the page was read from, when writing the text back in {@link #encoding()} is meant
   * to reproduce them (so a repair can check that it changes nothing but its edits); empty for a
   * page given as text or {@linkplain #forFile() saved to a file}. The array is not copied: do not
   * change it.
   */
  public Optional<byte[]> originalBytes() {
    return Optional.ofNullable(bytes);
  }

  /** Parses another text (a repair of this one) the way this page was parsed. */
  public Page reparse(String text) {
    return parser.apply(text);
  }

  /**
   * The same page, to be written to a file of its own: a page fetched over HTTP loses its
   * Content-Type there, so it is written in the encoding its own text declares ({@code <meta
   * charset>}, else UTF-8), and characters that encoding cannot hold become character references.
   * A page read from a file or given as text is returned as it is.
   */
  public LoadedPage forFile() {
    if (!overHttp) return this;
    return new LoadedPage(page, PageEncoding.declaredIn(page.text()), null, parser, false);
  }
}
