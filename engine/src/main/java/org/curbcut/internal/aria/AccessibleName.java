package org.curbcut.internal.aria;

import org.curbcut.snapshot.Tri;

/**
 * A computed accessible name or description.
 *
 * @param value the flattened, whitespace-normalised text (empty when there is none)
 * @param source the accname step that produced it
 * @param known {@link Tri#TRUE} when the computation needed nothing a static reading cannot know;
 *     {@link Tri#UNKNOWN} when CSS (generated content, unknown visibility) might change it
 */
public record AccessibleName(String value, NameSource source, Tri known) {
  public static final AccessibleName NONE = new AccessibleName("", NameSource.NONE, Tri.TRUE);

  /**
   * True when the name is empty or only white space, Unicode's included: ACT counts
   * {@code alt="&#160;"} as no name (and browsers announce nothing for it).
   */
  public boolean isEmpty() {
    return value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }
}
