package org.curbcut.internal.rules.aria;

import java.util.List;
import org.curbcut.rules.Rule;

/** The rules of this package, in report order. */
public final class AriaRules {
  private AriaRules() {}

  public static List<Rule> all() {
    return List.of(
        new AriaRoles(),
        new AriaValidAttr(),
        new AriaValidAttrValue(),
        new AriaAllowedAttr(),
        new AriaProhibitedAttr(),
        new AriaRequiredAttr(),
        new AriaRequiredParent(),
        new AriaRequiredChildren(),
        new AriaHiddenFocus(),
        new PresentationalChildrenFocus(),
        new PresentationRoleConflict(),
        new AriaValidIdref());
  }
}
