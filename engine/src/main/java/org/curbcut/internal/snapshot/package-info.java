/**
 * Internal: the jsoup adapter ({@link org.curbcut.internal.snapshot.HtmlSnapshot}, which makes
 * pages through the public {@link org.curbcut.snapshot.PageBuilder}) and the static cascade as a
 * browser reads the page for one {@link org.curbcut.snapshot.Device}: presentational hints of HTML
 * attributes, author style sheets with their media queries evaluated ({@code MediaQueries}), each
 * selector of a list read on its own ({@code SelectorReading}), inline style. Also CSS text
 * helpers and the charset sniffer. The only package that sees jsoup. Not part of the API.
 */
package org.curbcut.internal.snapshot;
