package org.curbcut.internal.rules.widgets;

import java.util.List;
import java.util.Locale;
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
 * disclosure-state (WCAG 4.1.2, no ACT rule). Applicability: a button-like element (a button, role
 * button, or an element with a click handler) that shows and hides other content: it has
 * aria-controls, a toggling click handler, or a name of the common dropdown and accordion patterns;
 * switches and toggle buttons (aria-pressed, role switch or checkbox) are not disclosures. When
 * aria-controls is the only sign, these are not disclosures either: the previous/next and slide
 * buttons of a carousel ({@link CarouselControls}), a close button, and one of three or more
 * buttons that control the same element (a theme or view chooser).
 * Expectation 1: it exposes its state with aria-expanded="true" or "false".
 */
public final class DisclosureState implements Rule {
  static final MessageKey<Diagnostic> NO_STATE = MessageKey.of("no-state", t -> new Object[] {t.name()});
  private static final RuleMeta META = RuleMeta.of(DisclosureState.class, "disclosure-state",
      List.of(), List.of("4.1.2"), Level.A, Impact.SERIOUS)
      .withMessages(NO_STATE);
  private static final Pattern TOGGLE_NAME = Pattern.compile(
      "dropdown-toggle|accordion(-(header|button|toggle|title|trigger))?|collapse-toggle|menu-toggle|submenu-toggle|"
          + "nav-toggle|navbar-toggler|expander|expand-toggle|disclosure|faq-(question|toggle|title)|has-dropdown|"
          + "dropdown-trigger|js-toggle|js-accordion");

  /** This many buttons controlling one element choose among views of it; none of them discloses it. */
  private static final int CHOOSER_BUTTONS = 3;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!e.isHtml() || e.is("summary", "details", "html", "body")) continue;
      boolean buttonLike = e.is("button") || ctx.aria().explicitRole(e).map(r -> r.equals("button")).orElse(false)
          || WidgetSignals.hasClickHandler(e);
      if (!buttonLike) continue;
      if (e.has("aria-pressed") || ctx.aria().explicitRole(e).map(r -> r.equals("switch") || r.equals("checkbox")).orElse(false)) {
        continue;
      }
      String onclick = e.attrOr("onclick", "").toLowerCase(Locale.ROOT);
      boolean named = onclick.contains("toggle") || WidgetSignals.tokenMatches(e, TOGGLE_NAME);
      if (!named && !(e.has("aria-controls") && controlsLikeADisclosure(ctx, e))) continue;
      String expanded = e.token("aria-expanded").orElse("");
      if (expanded.equals("true") || expanded.equals("false")) out.passed(e);
      else out.failed(e, NO_STATE);
    }
  }

  /** aria-controls alone: a disclosure unless the button steps, closes or chooses. */
  private static boolean controlsLikeADisclosure(RuleContext ctx, Element e) {
    if (CarouselControls.isCarouselControl(ctx.aria(e.page()), e) || WidgetSignals.looksLikeClose(e)) return false;
    for (Element target : ctx.aria(e.page()).ids().targets(e, "aria-controls")) {
      if (ctx.aria(e.page()).ids().referrers(target, "aria-controls").size() >= CHOOSER_BUTTONS) return false;
    }
    return true;
  }
}
