package org.curbcut.internal.rules.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.curbcut.rules.ContrastRatio;
import org.curbcut.rules.LinkContrast;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.OrientationLock;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.RuleResult;
import org.curbcut.rules.TextSpacing;
import org.junit.jupiter.api.Test;

/** What the visual rules say they found: colour pairs and ratios, spacing, rotation. */
class VisualDiagnosticsTest {

  private static RuleResult first(List<RuleResult> results, Outcome outcome) {
    return results.stream().filter(r -> r.outcome() == outcome).findFirst().orElseThrow();
  }

  @Test
  void contrastGivesThePairTheRatiosAndTheSuggestion() {
    RuleResult r = first(Fixture.results(new ColorContrast(), "<p style='color:#777;background:#fff'>Some text</p>"), Outcome.FAILED);
    ContrastRatio c = r.diagnostic(ContrastRatio.class).orElseThrow();
    assertThat(c.foreground()).isEqualTo("#777777");
    assertThat(c.background()).isEqualTo("#ffffff");
    assertThat(c.ratio()).isCloseTo(4.48, within(0.01));
    assertThat(c.highestRatio()).isEqualTo(c.ratio());
    assertThat(c.required()).isEqualTo(4.5);
    assertThat(c.suggestion()).isEqualTo(new ContrastRatio.Suggestion("#767676", "#ffffff", c.suggestion().ratio()));
    assertThat(c.suggestion().ratio()).isGreaterThanOrEqualTo(4.5);
    // the message is made from the same numbers, rounded down
    assertThat(r.message()).isEqualTo("Text contrast 4.47:1 (#777777 on #ffffff) is below 4.5:1; #767676 on #ffffff would give 4.54:1.");
    RuleResult enhanced = first(Fixture.results(new ColorContrastEnhanced(), "<p style='color:#777;background:#fff'>Some text</p>"),
        Outcome.FAILED);
    assertThat(enhanced.diagnostic(ContrastRatio.class).orElseThrow().required()).isEqualTo(7.0);
  }

  @Test
  void aPassSaysWhatWasMeasured() {
    RuleResult r = first(Fixture.results(new ColorContrast(), "<p style='color:#000;background:#fff'>Some text</p>"), Outcome.PASSED);
    ContrastRatio c = r.diagnostic(ContrastRatio.class).orElseThrow();
    assertThat(c.ratio()).isCloseTo(21, within(0.01));
    assertThat(c.suggestion()).isNull();
  }

  @Test
  void everyReasonTheContrastComputationGivesHasAMessage() {
    for (String reason : TextContrast.reasons()) {
      MessageKey<?> key = ColorContrast.unknown(reason);
      assertThat(key.name()).isEqualTo("unknown-" + reason);
      assertThat(new ColorContrast().meta().declares(key)).isTrue();
      assertThat(new ColorContrastEnhanced().meta().declares(key)).isTrue();
    }
  }

  @Test
  void linkInTextBlockGivesBothColours() {
    RuleResult r = first(Fixture.results(new LinkInTextBlock(),
        "<style>p{color:#333} a{text-decoration:none;color:#555}</style><p>Read the <a href=/x>terms</a> first.</p>"), Outcome.FAILED);
    LinkContrast l = r.diagnostic(LinkContrast.class).orElseThrow();
    assertThat(l.link()).isEqualTo("#555555");
    assertThat(l.text()).isEqualTo("#333333");
    assertThat(l.ratio()).isLessThan(3);
  }

  @Test
  void spacingGivesThePropertyValueAndFactors() {
    RuleResult r = first(Fixture.results(new LetterSpacingImportant(),
        "<p style='letter-spacing: 0.1em !important'>Some text</p>"), Outcome.FAILED);
    TextSpacing s = r.diagnostic(TextSpacing.class).orElseThrow();
    assertThat(s.property()).isEqualTo("letter-spacing");
    assertThat(s.value()).isEqualTo("0.1em");
    assertThat(s.fontSizes()).isCloseTo(0.1, within(1e-9));
    assertThat(s.minimum()).isEqualTo(0.12);
  }

  @Test
  void orientationLockGivesTheRotation() {
    RuleResult r = first(Fixture.results(new CssOrientationLock(),
        "<style>@media (orientation: portrait) { html { rotate: 90deg } }</style><main>Content</main>"), Outcome.FAILED);
    assertThat(r.diagnostic(OrientationLock.class).orElseThrow().degrees()).isCloseTo(90, within(1e-9));
  }
}
