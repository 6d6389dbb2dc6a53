package org.curbcut.snapshot;

import java.util.Optional;

/**
 * What a browser knows about a rendered page and a static reading cannot: computed style,
 * geometry, visibility, focusability. A snapshot from static HTML has none; the rendered mode
 * attaches an implementation to the same {@link Page}, and every question answered here
 * replaces the static answer.
 */
public interface RenderFacts {
  /** The computed value of a CSS property, if the browser reported it. */
  Optional<String> computedStyle(Element element, String property);

  /** Whether the element is rendered and visible to sighted users, if known. */
  Tri isVisible(Element element);

  /** Whether the element is in the sequential focus order, if known. */
  Tri isFocusable(Element element);

  /** The element's border box in CSS pixels, if known. */
  Optional<Box> box(Element element);

  /** A border box. */
  record Box(double x, double y, double width, double height) {}
}
