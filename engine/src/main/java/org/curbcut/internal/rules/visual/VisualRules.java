package org.curbcut.internal.rules.visual;

import java.util.List;
import org.curbcut.rules.Rule;

/** The rules of this package, in report order. */
public final class VisualRules {
  private VisualRules() {}

  public static List<Rule> all() {
    return List.of(new ColorContrast(), new ColorContrastEnhanced(), new LetterSpacingImportant(),
        new WordSpacingImportant(), new LineHeightImportant(), new CssOrientationLock(),
        new TextClippedOnZoom(), new FocusVisible(), new LinkInTextBlock());
  }
}
