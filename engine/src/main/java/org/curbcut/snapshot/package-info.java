/**
 * The page snapshot: an immutable DOM of one document (elements, attributes, text, tree relations,
 * id references, srcdoc documents, declarative shadow roots) with source positions, what a static
 * reading knows about style and, for a rendered page, what the browser reported
 * ({@link org.curbcut.snapshot.RenderFacts}). {@link org.curbcut.snapshot.PageBuilder} is the one
 * way to make a {@link org.curbcut.snapshot.Page}; a page is sealed when built. Every element has
 * a stable {@link org.curbcut.snapshot.ElementKey} a browser capture can be matched to, and
 * {@link org.curbcut.snapshot.Rendering} answers rendering questions, preferring render facts.
 */
package org.curbcut.snapshot;
