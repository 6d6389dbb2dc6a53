package org.curbcut.internal.rules.structure;

import java.util.Optional;
import java.util.Set;
import org.curbcut.internal.aria.Aria;
import org.curbcut.internal.standards.AriaStandards;
import org.curbcut.rules.EnclosingLandmark;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.RuleContext;
import org.curbcut.snapshot.Element;

/** Landmark roles and their nesting. */
final class Landmarks {
  static final Set<String> ROLES = AriaStandards.get().landmarkRoles();

  private Landmarks() {}

  /** The element's landmark role, or empty (form and region count only with a name). */
  static Optional<String> landmark(Aria aria, Element e) {
    Optional<String> role = Markup.role(aria, e).filter(ROLES::contains);
    if (role.isEmpty()) return role;
    if (role.get().equals("form") || role.get().equals("region")) {
      boolean named = !e.attrOr("aria-label", "").isBlank() || !e.attrOr("aria-labelledby", "").isBlank()
          || !e.attrOr("title", "").isBlank();
      if (!named) return Optional.empty();
    }
    return role;
  }

  /** The nearest ancestor landmark in the composed tree. */
  static Optional<Element> enclosing(Aria aria, Element e) {
    for (Element p = e.composedParent(); p != null; p = p.composedParent()) {
      if (landmark(aria, p).isPresent()) return Optional.of(p);
    }
    return Optional.empty();
  }

  /** The message of {@link #checkTopLevel}, which both top-level landmark rules declare. */
  static final MessageKey<EnclosingLandmark> NESTED = MessageKey.of("nested", EnclosingLandmark.class,
      d -> new Object[] {d.role()});

  /** Fails each exposed landmark of this role that sits inside another landmark. */
  static void checkTopLevel(RuleContext ctx, Outcomes out, String role) {
    if (!Markup.isHtmlPage(ctx.page())) return;
    Aria aria = ctx.aria();
    for (Element e : ctx.page().elements()) {
      if (Markup.inTemplate(e) || !landmark(aria, e).map(role::equals).orElse(false)) continue;
      if (aria.isHiddenFromAT(e).isTrue()) continue;
      Optional<Element> outer = enclosing(aria, e);
      if (outer.isEmpty()) out.passed(e);
      else out.failed(e, NESTED, new EnclosingLandmark(landmark(aria, outer.get()).orElse(""), outer.get()));
    }
  }
}
