package org.curbcut.internal.rules.structure;

import java.util.List;
import java.util.Optional;
import org.curbcut.internal.aria.Aria;
import org.curbcut.internal.rules.commons.Tabindex;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Tri;

/**
 * ACT akn7bn "Iframe with interactive elements is not excluded from tab-order".
 * Applicability: an {@code iframe} that is not inert, is shown at a usable size, and whose document
 * has visible content in its sequential focus order. Expectation: the iframe has no negative
 * {@code tabindex} (which would take all that content out of the tab order). Only srcdoc documents
 * can be read; an iframe loading another URL with a negative tabindex is cantTell.
 */
public final class FrameFocusableContent implements Rule {
  private static final java.util.regex.Pattern TINY = java.util.regex.Pattern.compile("[01](\\.0+)?(px)?");
  static final MessageKey<Diagnostic> NEGATIVE_TABINDEX = MessageKey.of("negative-tabindex");
  static final MessageKey<Diagnostic> UNKNOWN_CONTENT = MessageKey.of("unknown-content");
  private static final RuleMeta META = RuleMeta.of(FrameFocusableContent.class, "frame-focusable-content",
      List.of("akn7bn"), List.of("2.1.1"), Level.A, Impact.SERIOUS)
      .withMessages(NEGATIVE_TABINDEX, UNKNOWN_CONTENT);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element frame : ctx.allElements()) {
      if (!frame.is("iframe") || Markup.inTemplate(frame) || Markup.isInert(frame)) continue;
      if (Rendering.isRendered(frame).isFalse() || tiny(frame)) continue;
      boolean negative = Tabindex.isNegative(frame);
      Page doc = frame.contentDocument();
      if (doc == null) {
        if (negative && frame.has("src")) out.cantTell(frame, UNKNOWN_CONTENT);
        continue;
      }
      Tri interactive = hasVisibleFocusable(ctx, doc);
      if (interactive.isFalse()) continue;
      if (!negative) out.passed(frame);
      else if (interactive.isTrue()) out.failed(frame, NEGATIVE_TABINDEX);
      else out.cantTell(frame, NEGATIVE_TABINDEX);
    }
  }

  /** Width or height of one pixel or less (attribute or declared CSS): nothing inside can be seen. */
  static boolean tiny(Element frame) {
    for (String dim : new String[] {"width", "height"}) {
      Optional<String> css = Rendering.style(frame, dim).declared();
      String v = css.orElse(frame.attrOr(dim, "")).strip().toLowerCase(java.util.Locale.ROOT);
      if (TINY.matcher(v).matches()) return true;
    }
    return false;
  }

  private static Tri hasVisibleFocusable(RuleContext ctx, Page doc) {
    Aria aria = ctx.aria(doc);
    Tri best = Tri.FALSE;
    for (Element e : doc.elements()) {
      if (Markup.inTemplate(e) || Markup.isDisabled(e) || Markup.isInert(e)) continue;
      Tri t = aria.isInTabOrder(e).and(Rendering.isVisible(e));
      best = best.or(t);
      if (best.isTrue()) return best;
    }
    return best;
  }
}
