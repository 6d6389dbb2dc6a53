package org.curbcut.input;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A page a caller already holds, as a server or a filter sees a response: its bytes, the
 * Content-Type they came with, and the URL they came from. {@link PageLoader#read(PageInput)} turns
 * it into a {@link LoadedPage}. Immutable; the byte array is not copied, so do not change it while
 * the page is being read or repaired.
 *
 * <pre>{@code
 * PageInput in = PageInput.of(body, "text/html; charset=windows-1252", "https://example.org/shop/")
 *     .withStylesheets(href -> Optional.of(cssOf(href)));
 * }</pre>
 */
public final class PageInput {
  private final byte[] bytes;
  private final String text;
  private final String contentType;
  private final String baseUri;
  private final String name;
  private final Function<String, Optional<String>> stylesheets;

  private PageInput(byte[] bytes, String text, String contentType, String baseUri, String name,
                    Function<String, Optional<String>> stylesheets) {
    this.bytes = bytes;
    this.text = text;
    this.contentType = contentType;
    this.baseUri = baseUri == null ? "" : baseUri;
    this.name = name;
    this.stylesheets = stylesheets;
  }

  /**
   * A page's bytes.
   *
   * @param bytes the body, as received
   * @param contentType the Content-Type they came with (its charset is used when there is no byte
   *     order mark); null when unknown. {@code image/svg+xml} is read as a non-HTML document; a type
   *     that is neither HTML nor SVG is refused when the page is read.
   * @param baseUri the URL the page came from, which its relative links resolve against; null or
   *     empty when unknown. It also names the page in reports, unless {@link #named} says otherwise.
   */
  public static PageInput of(byte[] bytes, String contentType, String baseUri) {
    Objects.requireNonNull(bytes, "bytes");
    return new PageInput(bytes, null, contentType, baseUri, null, Stylesheets.none());
  }

  /**
   * A page's text, already decoded. A repaired page is written back in the encoding its own
   * {@code <meta charset>} names, else UTF-8.
   *
   * @param html the text
   * @param baseUri what relative links resolve against; null or empty when unknown
   */
  public static PageInput ofText(String html, String baseUri) {
    Objects.requireNonNull(html, "html");
    return new PageInput(null, html, null, baseUri, null, Stylesheets.none());
  }

  /** The same page, named so in reports (a path or a URL as the user knows it). */
  public PageInput named(String newName) {
    return new PageInput(bytes, text, contentType, baseUri, Objects.requireNonNull(newName, "name"), stylesheets);
  }

  /**
   * The same page, with a loader for its linked style sheets: a {@code <link rel=stylesheet>}'s
   * href in, the sheet's text out (empty when it cannot be had, which leaves the page's style
   * incomplete). Each href is asked for once per page. Without one, no sheet is loaded.
   */
  public PageInput withStylesheets(Function<String, Optional<String>> loader) {
    return new PageInput(bytes, text, contentType, baseUri, name, Objects.requireNonNull(loader, "loader"));
  }

  /** The bytes, when the page was given as bytes (not copied: do not change them). */
  public Optional<byte[]> bytes() {
    return Optional.ofNullable(bytes);
  }

  /** The text, when the page was given as text. */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /** The media type of the Content-Type, lower case without parameters ("" when none). */
  public String mimeType() {
    return contentType == null ? "" : HttpFetcher.mimeType(contentType);
  }

  /** The charset parameter of the Content-Type, if it has one. */
  public Optional<String> charset() {
    return contentType == null ? Optional.empty() : HttpFetcher.charset(contentType);
  }

  /** What relative links resolve against ("" when unknown). */
  public String baseUri() {
    return baseUri;
  }

  /** How reports name the page: the name given, else the base URI, else "page" (a URL without user name and password). */
  public String name() {
    if (name != null) return UrlCredentials.strip(name);
    return baseUri.isEmpty() ? "page" : UrlCredentials.strip(baseUri);
  }

  /** The style-sheet loader. */
  public Function<String, Optional<String>> stylesheets() {
    return stylesheets;
  }

  /** The size of the page in bytes (UTF-16 code units for a text). */
  long size() {
    return bytes != null ? bytes.length : text.length();
  }
}
