package org.curbcut.internal.rules.visual;

import java.util.List;
import java.util.Optional;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.RuleMeta;

/**
 * ACT 9e45ec "Important word spacing in style attributes is wide enough" (WCAG 1.4.12, AA).
 * Applicability: an HTML element with a visible text node child whose computed
 * {@code word-spacing} comes from an important declaration in a {@code style} attribute.
 * Expectation: the computed word spacing is at least 0.16 times the font size.
 */
public final class WordSpacingImportant extends ImportantSpacing {
  private static final RuleMeta META = RuleMeta.of(WordSpacingImportant.class, "word-spacing-important",
      List.of("9e45ec"), List.of("1.4.12"), Level.AA, Impact.SERIOUS)
      .withMessages(MESSAGES);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  String property() {
    return "word-spacing";
  }

  @Override
  double minimum() {
    return 0.16;
  }

  @Override
  Optional<Double> pixels(String value, double sourceFont, double targetFont, double rootFont) {
    return spacing(value, sourceFont, rootFont);
  }
}
