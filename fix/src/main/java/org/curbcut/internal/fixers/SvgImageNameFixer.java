package org.curbcut.internal.fixers;

import java.util.Optional;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.internal.aria.Aria;
import org.curbcut.internal.icons.ControlText;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;

/**
 * svg-img-alt: an SVG icon with {@code role="img"} and no name. Inside a link or button that is
 * named by other content, the icon only repeats it and is hidden ({@code aria-hidden="true"}, as
 * the APG does for decorative icons). Otherwise it is named with {@code aria-label}: from the
 * {@code <title>} of the sprite symbol it draws, else from that symbol's id or the icon's classes
 * when they name a known icon (needs review).
 */
final class SvgImageNameFixer implements Fixer {
  @Override
  public String rule() {
    return "svg-img-alt";
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    Element svg = failure.target();
    Aria aria = ctx.aria();
    Optional<Element> control = svg.ancestors().filter(a -> aria.role(a).map(r -> r.equals("link") || r.equals("button"))
        .orElse(false)).findFirst();
    if (control.isPresent() && namedWithoutThis(control.get(), svg)) {
      return FixerSupport.setAttribute(rule(), svg, "aria-hidden", "true",
          FixContext.message("svg-img.redundant-in-control", control.get().name()), Confidence.LIKELY);
    }
    Optional<String> symbolTitle = svg.descendants().flatMap(u -> ControlNameFixer.spriteSymbol(u).stream())
        .flatMap(id -> svg.page().byId(id).stream())
        .flatMap(symbol -> symbol.childElements().filter(c -> c.name().equals("title") && !c.isHtml()))
        .map(t -> FixerSupport.squash(t.textContent())).filter(t -> !t.isEmpty()).findFirst();
    if (symbolTitle.isPresent()) {
      return FixerSupport.setAttribute(rule(), svg, "aria-label", FixerSupport.shorten(symbolTitle.get(), 80),
          FixContext.message("svg-img.symbol-title"), Confidence.LIKELY);
    }
    Optional<String[]> icon = ControlNameFixer.iconName(svg);
    if (icon.isPresent()) {
      return FixerSupport.setAttribute(rule(), svg, "aria-label", icon.get()[0],
          FixContext.message("name.icon-class", icon.get()[1]), Confidence.NEEDS_REVIEW);
    }
    return FixerSupport.needsPerson(rule(), svg, "svg-img.needs-person");
  }

  /** True when the control has text or an author's label besides the icon. */
  private static boolean namedWithoutThis(Element control, Element svg) {
    if (!control.attrOr("aria-label", "").isBlank() || control.has("aria-labelledby")) return true;
    return !FixerSupport.squash(ControlText.besides(control, svg)).isEmpty();
  }
}
