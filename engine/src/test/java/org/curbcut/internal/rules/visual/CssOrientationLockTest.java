package org.curbcut.internal.rules.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.curbcut.rules.Outcome;
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
