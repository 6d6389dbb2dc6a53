package org.curbcut.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void medianOfAnOddCountIsTheMiddleValue() {
    assertThat(Stats.median(new double[] {9, 1, 5})).isEqualTo(5.0);
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
    assertThat(Stats.median(new double[] {4, 1, 3, 10})).isEqualTo(3.5);
  }

  @Test
  void percentileIsTheNearestRank() {
    double[] twenty = new double[20];
    for (int i = 0; i < 20; i++) twenty[i] = 20 - i; // 20, 19, ..., 1: unsorted on purpose
    assertThat(Stats.percentile(twenty, 95)).isEqualTo(19.0); // rank ceil(0.95 × 20) = 19
    assertThat(Stats.percentile(twenty, 100)).isEqualTo(20.0);
    assertThat(Stats.percentile(twenty, 50)).isEqualTo(10.0);
    assertThat(Stats.percentile(new double[] {7, 3}, 1)).isEqualTo(3.0);
  }

  @Test
  void ninetyFifthPercentileOfNinetyFourPagesIsTheNinetyThirdValue() {
    double[] v = new double[94];
    for (int i = 0; i < 94; i++) v[i] = i + 1;
    assertThat(Stats.percentile(v, 95)).isEqualTo(90.0); // ceil(89.3) = 90
  }

  @Test
  void noValuesGiveZeroAndTheInputIsLeftAsItWas() {
    assertThat(Stats.median(new double[0])).isZero();
    assertThat(Stats.percentile(new double[0], 95)).isZero();
    assertThat(Stats.max(new double[0])).isZero();
    double[] v = {3, 1, 2};
    Stats.median(v);
    assertThat(v).containsExactly(3, 1, 2);
  }

  @Test
  void percentileOutsideItsRangeIsRefused() {
    assertThatThrownBy(() -> Stats.percentile(new double[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stats.percentile(new double[] {1}, 101)).isInstanceOf(IllegalArgumentException.class);
  }
}
