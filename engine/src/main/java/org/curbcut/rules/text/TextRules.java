package org.curbcut.rules.text;

import java.util.List;
import org.curbcut.rules.Rule;

/** The rules of this package, in report order. */
public final class TextRules {
  private TextRules() {}

  public static List<Rule> all() {
    return List.of();
  }
}
