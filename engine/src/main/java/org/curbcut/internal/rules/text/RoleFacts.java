package org.curbcut.internal.rules.text;

import org.curbcut.internal.standards.AriaStandards;
import org.curbcut.internal.standards.RoleSpec;

/** Facts about ARIA roles the rules of this package need, read from the standards data. */
final class RoleFacts {
  private RoleFacts() {}

  /** True when {@code role} is {@code base} or inherits from it (e.g. doc-biblioref is a link). */
  static boolean isA(String role, String base) {
    if (role.isEmpty()) return false;
    if (role.equals(base)) return true;
    return AriaStandards.get().role(role).map(r -> r.is(base)).orElse(false);
  }

  /** True for a widget role that supports name from content (button, link, checkbox, tab...). */
  static boolean isWidgetNamedFromContent(String role) {
    if (role.isEmpty()) return false;
    RoleSpec spec = AriaStandards.get().role(role).orElse(null);
    return spec != null && spec.is("widget") && spec.nameFromContents();
  }
}
