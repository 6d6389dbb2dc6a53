package org.curbcut.internal.rules.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Device;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Test;

class CssOrientationLockTest {
  private static Outcome outcome(String css) {
    return Fixture.outcome(new CssOrientationLock(), "<style>" + css + "</style><main>Content</main>");
  }

  @Test
  void failsAQuarterTurnInAnOrientationQuery() {
    assertThat(outcome("@media (orientation: portrait) { html { transform: rotate(1.5708rad) } }")).isEqualTo(Outcome.FAILED);
    assertThat(outcome("@media (orientation: landscape) { body { transform: matrix3d(0,-1,0,0,1,0,0,0,0,0,1,0,0,0,0,1) } }"))
        .isEqualTo(Outcome.FAILED);
    assertThat(outcome("@media (orientation: portrait) { html { rotate: 90deg } }")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void comparesWithTheRotationOutsideTheQuery() {
    assertThat(outcome("body { transform: rotate(2.5deg) } @media (orientation: landscape) { body { transform: rotate(92.5deg) } }"))
        .isEqualTo(Outcome.FAILED);
    assertThat(outcome("body { transform: rotate(90deg) } @media (orientation: landscape) { body { transform: rotate(90deg) } }"))
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void comparesWithTheOtherOrientationWhateverTheAuditedDevice() {
    String css = "body { transform: rotate(2.5deg) } @media (orientation: landscape) { body { transform: rotate(92.5deg) } }";
    String html = "<!doctype html><html lang=en><head><title>t</title><style>" + css + "</style></head><body>x</body></html>";
    // a landscape screen, a portrait one and a square one (portrait) all compare with the other orientation
    for (Device d : List.of(Device.DEFAULT, Device.DEFAULT.withViewport(375, 667), Device.DEFAULT.withViewport(600, 600))) {
      Page page = HtmlSnapshot.parse(html, "t.html", "", href -> Optional.empty(), null, d);
      Outcomes out = new Outcomes(new CssOrientationLock().meta());
      new CssOrientationLock().evaluate(new RuleContext(page), out);
      assertThat(out.results()).as(d.toString()).extracting(RuleResult::outcome).containsExactly(Outcome.FAILED);
    }
  }

  @Test
  void passesRotationsThatDoNotLock() {
    assertThat(outcome("@media (orientation: portrait) { html { transform: rotateZ(1turn) } }")).isEqualTo(Outcome.PASSED);
    assertThat(outcome("@media (orientation: portrait) { html { transform: matrix(1, -1.22465e-15, 1.22465e-15, 1, 0, 0) } }"))
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void inapplicableWithoutRotationInAnOrientationQuery() {
    assertThat(outcome("body { transform: rotate(90deg) }")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("@media (orientation: portrait) { body { transform: translateX(100px) } }")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("@media (min-width: 30em) { body { transform: rotate(90deg) } }")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void cannotTellAnUnreadableTransform() {
    assertThat(outcome("@media (orientation: portrait) { main { transform: rotate(var(--turn)) } }")).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void readsTheAngleOfTransformFunctions() {
    assertThat(CssOrientationLock.angle("transform", "rotate(45deg) translatex(10px)")).hasValueSatisfying(
        a -> assertThat(a).isCloseTo(45, within(1e-9)));
    assertThat(CssOrientationLock.angle("transform", "rotate3d(0, 0, 1, 100grad)")).hasValueSatisfying(
        a -> assertThat(a).isCloseTo(90, within(1e-9)));
    assertThat(CssOrientationLock.angle("rotate", "z 0.25turn")).hasValueSatisfying(
        a -> assertThat(a).isCloseTo(90, within(1e-9)));
  }
}
