/**
 * Turns what a user names (a file, a folder, an http(s) URL) or what a caller holds (bytes with
 * a Content-Type and a base URL: {@link org.curbcut.input.PageInput}) into pages. Every page is
 * decoded by the one charset sniffer ({@link org.curbcut.input.PageEncoding}: byte order mark,
 * declared charset, {@code <meta charset>}, UTF-8), fetched through one HTTP client with its
 * limits, and comes back as a {@link org.curbcut.input.LoadedPage} that a repair writes back in
 * the page's own encoding. Every way an input can fail (missing file, folder without HTML, DNS
 * failure, refused connection, HTTP error, timeout, TLS error, non-HTML response, too large)
 * becomes a {@link org.curbcut.input.LoadException} with a one-line message, so one bad input
 * never stops the others. A URL's user name and password never reach a page's name or a message
 * ({@link org.curbcut.input.UrlCredentials}).
 *
 * <pre>{@code
 * PageLoader loader = new PageLoader(PageLoader.Options.defaults());
 * for (PageLoader.Resolved r : loader.resolve(List.of("site/", "https://example.org/"))) {
 *   Page page = loader.load(r.source());   // throws LoadException with a one-line reason
 * }
 * LoadedPage held = loader.read(PageInput.of(body, "text/html; charset=utf-8", "https://example.org/"));
 * }</pre>
 */
package org.curbcut.input;
