package org.curbcut.internal.rules.visual;

import java.util.List;
import java.util.Map;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * ACT afw4f7 "Text has minimum contrast" (WCAG 1.4.3, AA).
 * Applicability: visible characters of text nodes whose parent is an HTML element, except text of
 * disabled widgets and of their labels. Expectation: the highest possible contrast of the text with
 * its background is at least 4.5:1, or 3:1 for large-scale text. The computation is
 * {@link TextContrast}; what it cannot resolve is cantTell. A failure with one colour pair also names
 * the nearest pair that would pass ({@link ContrastSuggestion}), as advice: colours are the
 * owner's design decision, so no fixer changes them.
 */
public final class ColorContrast implements Rule {
  private static final RuleMeta META = RuleMeta.of(ColorContrast.class, "color-contrast", List.of("afw4f7"),
      List.of("1.4.3"), Level.AA, Impact.SERIOUS);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    report(ctx, out, 4.5, 3);
  }

  /** Reports every target against the normal and large-text thresholds. */
  static void report(RuleContext ctx, Outcomes out, double normal, double large) {
    for (Map.Entry<Element, TextContrast.Result> t : TextContrast.results(ctx).entrySet()) {
      Element e = t.getKey();
      TextContrast.Result r = t.getValue();
      switch (r.kind()) {
        case INAPPLICABLE -> { }
        case CANT_TELL -> out.cantTell(e, "unknown-" + r.reason());
        case MEASURED -> {
          double required = r.large().isTrue() ? large : normal;
          if (r.min() >= required) {
            out.passed(e);
          } else if (r.max() < (r.large().isUnknown() ? large : required)) {
            String ratio = Contrast.format(r.min());
            boolean range = r.max() - r.min() > 0.05;
            var suggestion = range ? java.util.Optional.<ContrastSuggestion.Suggestion>empty()
                : ContrastSuggestion.suggest(r.fg(), r.bg(), required);
            if (suggestion.isPresent()) {
              // one colour pair: propose the nearest pair that passes (the owner decides; never applied)
              ContrastSuggestion.Suggestion s = suggestion.get();
              out.failed(e, s.textChanged() ? "below-suggest-text" : "below-suggest-background", ratio, r.fg().hex(),
                  r.bg().hex(), Contrast.format(required), Contrast.format(r.max()),
                  (s.textChanged() ? s.fg() : s.bg()).hex(), Contrast.format(s.ratio()));
            } else {
              out.failed(e, range ? "range" : "below", ratio, r.fg().hex(), r.bg().hex(), Contrast.format(required),
                  Contrast.format(r.max()));
            }
          } else if (r.large().isUnknown() && r.max() < normal && r.min() >= large) {
            out.cantTell(e, "unknown-size", Contrast.format(r.min()), r.fg().hex(), r.bg().hex());
          } else {
            out.cantTell(e, "unknown-range", Contrast.format(r.min()), Contrast.format(r.max()),
                Contrast.format(required));
          }
        }
      }
    }
  }
}
