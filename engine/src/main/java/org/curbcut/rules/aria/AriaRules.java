package org.curbcut.rules.aria;

import java.util.List;
import org.curbcut.rules.Rule;

/** The rules of this package, in report order. */
public final class AriaRules {
  private AriaRules() {}

  public static List<Rule> all() {
    return List.of();
  }
}
