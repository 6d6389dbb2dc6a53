package org.curbcut.internal.rules.visual;

import java.util.List;
import java.util.Optional;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.RuleMeta;

/**
 * ACT 24afc2 "Important letter spacing in style attributes is wide enough" (WCAG 1.4.12, AA).
 * Applicability: an HTML element with a visible text node child whose computed
 * {@code letter-spacing} comes from an important declaration in a {@code style} attribute.
 * Expectation: the computed letter spacing is at least 0.12 times the font size.
 */
public final class LetterSpacingImportant extends ImportantSpacing {
  private static final RuleMeta META = RuleMeta.of(LetterSpacingImportant.class, "letter-spacing-important",
      List.of("24afc2"), List.of("1.4.12"), Level.AA, Impact.SERIOUS)
      .withMessages(MESSAGES);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  String property() {
    return "letter-spacing";
  }

  @Override
  double minimum() {
    return 0.12;
  }

  @Override
  Optional<Double> pixels(String value, double sourceFont, double targetFont, double rootFont) {
    return spacing(value, sourceFont, rootFont);
  }
}
