package org.curbcut.internal.rules.widgets;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * modal-dialog-semantics (WCAG 4.1.2 and 1.3.1, no ACT rule). Applicability: an element named like
 * a popup (class or id "modal", "popup", "lightbox", "dialog") that holds a close control, and
 * holds no other such element (wrappers and overlays around the box are not the dialog). Expectation 1: it is a {@code <dialog>} or has role dialog or
 * alertdialog, so screen readers announce it as a dialog; expectation 2: that dialog has a name.
 */
public final class ModalDialogSemantics implements Rule {
  static final MessageKey<Diagnostic> NO_ROLE = MessageKey.of("no-role");
  static final MessageKey<Diagnostic> NO_NAME = MessageKey.of("no-name");
  private static final RuleMeta META = RuleMeta.of(ModalDialogSemantics.class, "modal-dialog-semantics",
      List.of(), List.of("4.1.2", "1.3.1"), Level.A, Impact.SERIOUS)
      .withMessages(NO_ROLE, NO_NAME);
  static final Pattern POPUP = Pattern.compile("(.*-)?(modal|popup|pop-up|lightbox|dialog)(-(box|window|content|dialog|container|wrapper|inner))?");

  @Override
  public RuleMeta meta() {
    return META;
  }

  static boolean looksLikePopup(Element e) {
    return WidgetSignals.tokenMatches(e, POPUP) && e.descendants().anyMatch(WidgetSignals::looksLikeClose);
  }

  private static boolean isDialog(RuleContext ctx, Element e) {
    return e.is("dialog") || ctx.aria().role(e).map(r -> r.equals("dialog") || r.equals("alertdialog")).orElse(false);
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    // each element's answer once: every popup-like box asks it of all its descendants, and nested
    // wrappers asked it again and again of the same ones
    Map<Element, Boolean> popups = new IdentityHashMap<>();
    Predicate<Element> popup = x -> popups.computeIfAbsent(x, ModalDialogSemantics::looksLikePopup);
    for (Element e : ctx.allElements()) {
      if (!e.isHtml() || e.is("html", "body") || !popup.test(e)) continue;
      // the innermost popup-like box is the dialog; the ones around it are overlays and wrappers
      if (e.descendants().anyMatch(popup)) continue;
      boolean dialog = isDialog(ctx, e);
      if (!dialog) {
        // the semantics may sit on the wrapper or on an inner element
        if (e.ancestors().anyMatch(a -> isDialog(ctx, a)) || e.descendants().anyMatch(d -> isDialog(ctx, d))) continue;
        out.failed(e, NO_ROLE);
      } else if (ctx.aria().name(e).isEmpty()) {
        // an empty name we could not fully compute (CSS content) is not a certain failure
        if (ctx.aria().name(e).known().isTrue()) out.failed(e, NO_NAME);
        else out.cantTell(e, NO_NAME);
      } else {
        out.passed(e);
      }
    }
  }
}
