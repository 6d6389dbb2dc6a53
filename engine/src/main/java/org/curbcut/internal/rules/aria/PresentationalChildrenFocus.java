package org.curbcut.internal.rules.aria;

import java.util.List;
import java.util.Optional;
import org.curbcut.internal.aria.AccessibilityTree;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.FocusableContent;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;
import org.curbcut.internal.standards.RoleSpec;

/**
 * ACT 307n5z "Element with presentational children has no focusable content".
 * Applicability: every HTML or SVG element whose semantic role has presentational children
 * (button, checkbox, img, tab, …). Expectation: none of its flat-tree descendants is in
 * sequential focus navigation (they would be focusable yet have no role or name for AT).
 */
public final class PresentationalChildrenFocus implements Rule {
  static final MessageKey<FocusableContent> FOCUSABLE = MessageKey.of("focusable", FocusableContent.class,
      d -> new Object[] {d.role(), d.element().name()});
  static final MessageKey<FocusableContent> MAYBE_FOCUSABLE = MessageKey.of("maybeFocusable", FocusableContent.class,
      d -> new Object[] {d.role(), d.element().name()});
  private static final RuleMeta META = RuleMeta.of(PresentationalChildrenFocus.class, "presentational-children-focus",
      List.of("307n5z"), List.of("4.1.2"), Level.A, Impact.SERIOUS)
      .withMessages(FOCUSABLE, MAYBE_FOCUSABLE);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!AriaAttributes.isHtmlOrSvg(e)) continue;
      Aria aria = ctx.aria(e.page());
      Optional<RoleSpec> role = aria.roleSpec(e);
      if (role.isEmpty() || !role.get().childrenPresentational()) continue;
      List<Element> descendants = AccessibilityTree.flatDescendants(e);
      Element focusable = null;
      Element unknown = null;
      for (Element d : descendants) {
        Tri t = aria.isInTabOrder(d);
        if (t.isTrue()) {
          focusable = d;
          break;
        }
        if (t.isUnknown() && unknown == null) unknown = d;
      }
      String roleName = role.get().name();
      if (focusable != null) out.failed(e, FOCUSABLE, new FocusableContent(roleName, focusable));
      else if (unknown != null) out.cantTell(e, MAYBE_FOCUSABLE, new FocusableContent(roleName, unknown));
      else out.passed(e);
    }
  }
}
