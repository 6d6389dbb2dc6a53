/**
 * Turns what a user names (a file, a folder, an http(s) URL) into {@link org.curbcut.snapshot.Page}s
 * for a batch audit. Every way an input can fail (missing file, folder without HTML, DNS failure,
 * refused connection, HTTP error, timeout, TLS error, non-HTML response, too large) becomes a
 * {@link org.curbcut.input.LoadException} with a one-line message, so one bad input never stops
 * the others.
 *
 * <pre>{@code
 * PageLoader loader = new PageLoader(PageLoader.Options.defaults());
 * for (PageLoader.Resolved r : loader.resolve(List.of("site/", "https://example.org/"))) {
 *   Page page = loader.load(r.source());   // throws LoadException with a one-line reason
 * }
 * }</pre>
 */
package org.curbcut.input;
