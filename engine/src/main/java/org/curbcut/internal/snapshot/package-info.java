/**
 * Internal: the jsoup adapter ({@link org.curbcut.internal.snapshot.HtmlSnapshot}, which makes
 * pages through the public {@link org.curbcut.snapshot.PageBuilder}), the static cascade of
 * author style sheets, CSS text helpers and the charset sniffer. The only package that sees jsoup.
 * Not part of the API.
 */
package org.curbcut.internal.snapshot;
