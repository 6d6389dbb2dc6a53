package org.curbcut.internal.rules.commons;

import org.curbcut.internal.aria.Aria;
import org.curbcut.snapshot.Element;

/** The {@code tabindex} questions rules of several packages ask, answered by HTML's integer parsing. */
public final class Tabindex {
  private Tabindex() {}

  /**
   * True when {@code tabindex} parses (HTML "rules for parsing integers": {@code -1}, {@code -1.5},
   * {@code " -2x"}) to a negative number, which takes the element out of the tab order.
   */
  public static boolean isNegative(Element e) {
    return Aria.tabIndex(e).map(t -> t < 0).orElse(false);
  }
}
