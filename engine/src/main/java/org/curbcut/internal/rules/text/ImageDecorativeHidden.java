package org.curbcut.internal.rules.text;

import java.util.List;
import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Namespace;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Tri;

/**
 * ACT e88epe "Image not in the accessibility tree is decorative" (WCAG 1.1.1).
 * Applicability: visible HTML {@code img} (with a source), {@code canvas} and {@code svg}
 * elements that assistive technology does not see: hidden from it ({@code aria-hidden}), with a
 * presentational role (e.g. {@code alt=""}), or an {@code svg}/{@code canvas} without a role and
 * without a name. Expectation: the image is purely decorative. Whether an image conveys
 * anything is a human judgement: cantTell ("needs a person"). Tracking pixels (width and height
 * of at most 1) are left out.
 */
public final class ImageDecorativeHidden extends NeedsPersonRule {
  private static final RuleMeta META = RuleMeta.of(ImageDecorativeHidden.class, "image-decorative-hidden",
      List.of("e88epe"), List.of("1.1.1"), Level.A, Impact.SERIOUS)
      .withMessages(NEEDS_PERSON);

  public ImageDecorativeHidden() {
    super(META);
  }

  @Override
  boolean applies(RuleContext ctx, Element e) {
    boolean img = e.isHtml() && e.is("img") && (e.attr("src").map(s -> !s.isBlank()).orElse(false) || e.has("srcset"));
    boolean canvas = e.isHtml() && e.is("canvas");
    boolean svg = e.namespace() == Namespace.SVG && e.name().equals("svg")
        && (e.parent() == null || e.parent().namespace() != Namespace.SVG);
    if (!img && !canvas && !svg) return false;
    if (!Rendering.isVisible(e).isTrue()) return false;
    if (TextChecks.tiny(e)) return false;
    Tri hidden = TextChecks.hidden(ctx, e);
    if (hidden.isTrue()) return true;
    if (!hidden.isFalse()) return false;
    String role = TextChecks.role(ctx, e);
    if (Aria.isPresentational(role)) return true;
    if ((canvas || svg) && ctx.aria().explicitRole(e).isEmpty()) {
      AccessibleName name = ctx.aria().name(e);
      return name.isEmpty() && name.known() == Tri.TRUE;
    }
    return false;
  }


}
