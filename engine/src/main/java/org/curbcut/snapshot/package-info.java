/**
 * The page snapshot: an immutable DOM of one document (elements, attributes, text, tree relations,
 * id references, srcdoc documents, declarative shadow roots) with source positions, plus what a
 * static reading knows about style. {@link org.curbcut.snapshot.HtmlSnapshot} builds it with jsoup
 * and is the only class here that sees jsoup; a rendered mode attaches
 * {@link org.curbcut.snapshot.RenderFacts} to the same {@link org.curbcut.snapshot.Page}.
 */
package org.curbcut.snapshot;
