package org.curbcut.snapshot;

/**
 * Why a static reading cannot know a property of an element ({@link Rendering#unknownBecause}):
 * what a person checking the finding should look at.
 */
public enum UnknownStyle {
  /** A rule under a media query with a feature static analysis does not know applies or not. */
  MEDIA_QUERY,
  /** A rule under {@code @supports}, {@code @container} or {@code @scope}, which depend on the browser or the layout. */
  CONDITIONAL_RULE,
  /** A selector static analysis cannot evaluate ({@code :lang()}, {@code :disabled} ...) may match the element. */
  SELECTOR,
  /** The document is hidden by its style sheet until a script of the page shows it. */
  SCRIPT,
  /** Something else could not be evaluated. */
  OTHER
}
