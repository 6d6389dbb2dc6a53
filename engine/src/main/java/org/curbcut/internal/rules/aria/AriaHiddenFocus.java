package org.curbcut.internal.rules.aria;

import java.util.ArrayList;
import java.util.List;
import org.curbcut.internal.aria.AccessibilityTree;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.Diagnostic;
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

/**
 * ACT 6cfa84 "Element with aria-hidden has no content in sequential focus navigation".
 * Applicability: every HTML or SVG element with {@code aria-hidden="true"}. Expectation: neither
 * it nor any of its flat-tree descendants is in sequential focus navigation. An element that a
 * page script visibly handles focus on (its id named next to "focus" in an inline script, or an
 * {@code onfocus} attribute) may be a focus sentinel that moves focus on at once: cantTell.
 */
public final class AriaHiddenFocus implements Rule {
  static final MessageKey<FocusableContent> FOCUSABLE = MessageKey.of("focusable", FocusableContent.class,
      d -> new Object[] {describe(d.element())});
  static final MessageKey<FocusableContent> MAYBE_FOCUSABLE = MessageKey.of("maybeFocusable", FocusableContent.class,
      d -> new Object[] {describe(d.element())});
  static final MessageKey<Diagnostic> SENTINEL = MessageKey.of("sentinel");
  private static final RuleMeta META = RuleMeta.of(AriaHiddenFocus.class, "aria-hidden-focus",
      List.of("6cfa84"), List.of("4.1.2"), Level.A, Impact.SERIOUS)
      .withMessages(FOCUSABLE, MAYBE_FOCUSABLE, SENTINEL);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!AriaAttributes.isHtmlOrSvg(e) || !e.token("aria-hidden").orElse("").equals("true")) continue;
      Aria aria = ctx.aria(e.page());
      List<Element> candidates = new ArrayList<>();
      candidates.add(e);
      candidates.addAll(AccessibilityTree.flatDescendants(e));
      Element focusable = null;
      Element unknown = null;
      boolean sentinel = false;
      for (Element c : candidates) {
        Tri t = aria.isInTabOrder(c);
        if (t.isTrue()) {
          if (FocusScripts.mayRedirectFocus(ctx, c)) {
            sentinel = true;
            continue;
          }
          focusable = c;
          break;
        }
        if (t.isUnknown() && unknown == null) unknown = c;
      }
      if (focusable != null) out.failed(e, FOCUSABLE, new FocusableContent(null, focusable));
      else if (unknown != null) out.cantTell(e, MAYBE_FOCUSABLE, new FocusableContent(null, unknown));
      else if (sentinel) out.cantTell(e, SENTINEL);
      else out.passed(e);
    }
  }

  private static String describe(Element e) {
    String s = e.sourceSnippet();
    return s.isEmpty() ? "<" + e.name() + ">" : s;
  }
}
