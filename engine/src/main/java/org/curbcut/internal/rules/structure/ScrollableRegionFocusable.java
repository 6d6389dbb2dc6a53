package org.curbcut.internal.rules.structure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Text;
import org.curbcut.snapshot.Tri;

/**
 * ACT 0ssw9k "Scrollable content can be reached with sequential focus navigation".
 * Applicability: an element that scrolls (overflow {@code scroll} or {@code auto} with content
 * larger than its box) and has visible content. Expectation: it, or one of its descendants, is in
 * the tab order. Whether content overflows needs layout, so an element that declares a scrolling
 * overflow and has nothing in the tab order is cantTell; one that has is passed.
 */
public final class ScrollableRegionFocusable implements Rule {
  private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");
  static final MessageKey<Diagnostic> CHECK = MessageKey.of("check");
  private static final RuleMeta META = RuleMeta.of(ScrollableRegionFocusable.class, "scrollable-region-focusable",
      List.of("0ssw9k"), List.of("2.1.1"), Level.A, Impact.SERIOUS)
      .withMessages(CHECK);
  private static final Set<String> SCROLLING = Set.of("scroll", "auto");
  private static final String[] OVERFLOW_PROPERTIES = {"overflow", "overflow-x", "overflow-y"};

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!e.isHtml() || e.is("html", "body", "textarea", "select", "iframe") || Markup.inTemplate(e)) continue;
      if (!scrolls(e)) continue;
      if (Rendering.isRendered(e).isFalse()) continue;
      Aria aria = ctx.aria(e.page());
      Tri content = Tri.FALSE;
      for (Text t : Markup.texts(e)) content = content.or(Rendering.isVisible(t.parent()));
      if (content.isFalse() && e.descendants().noneMatch(d -> d.is("img", "svg", "video", "canvas", "input", "iframe"))) continue;
      Tri reachable = aria.isInTabOrder(e);
      for (Element d : e.descendants().toList()) {
        if (reachable.isTrue()) break;
        if (Markup.isDisabled(d)) continue;
        reachable = reachable.or(aria.isInTabOrder(d).and(Rendering.isRendered(d)));
      }
      if (reachable.isTrue()) out.passed(e);
      else out.cantTell(e, CHECK);
    }
  }

  private static boolean scrolls(Element e) {
    for (String p : OVERFLOW_PROPERTIES) {
      Optional<String> declared = Rendering.style(e, p).declared();
      if (declared.isEmpty()) continue; // "" holds no scrolling value
      String v = declared.get().toLowerCase(Locale.ROOT).replace("!important", "").strip();
      for (String part : WHITE_SPACE.split(v)) {
        if (SCROLLING.contains(part)) return true;
      }
    }
    return false;
  }
}
