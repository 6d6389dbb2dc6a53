package org.curbcut.bench;

import java.util.Arrays;

/**
 * Order statistics of measured times, defined once so every bench figure (and the axe-core side
 * in {@code runtime/src/bench/axe-realworld.mjs}, which uses the same definitions) means the
 * same: the median is the middle value (the mean of the two middle ones for an even count), a
 * percentile is the nearest-rank value (the smallest value at least that share of the values do
 * not exceed).
 */
public final class Stats {
  private Stats() {}

  /** The median; 0 for no values. */
  public static double median(double[] values) {
    if (values.length == 0) return 0;
    double[] v = sorted(values);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
  }

  /**
   * The nearest-rank percentile: the value at rank ceil(p / 100 × n) of the sorted values; 0 for
   * no values.
   *
   * @param p the percentile, from 0 (exclusive) to 100 (inclusive)
   */
  public static double percentile(double[] values, double p) {
    if (!(p > 0 && p <= 100)) throw new IllegalArgumentException("percentile out of (0, 100]: " + p);
    if (values.length == 0) return 0;
    double[] v = sorted(values);
    int rank = (int) Math.ceil(p / 100.0 * v.length);
    return v[Math.max(1, rank) - 1];
  }

  /** The largest value; 0 for no values. */
  public static double max(double[] values) {
    return Arrays.stream(values).max().orElse(0);
  }

  /** The sum. */
  public static double sum(double[] values) {
    return Arrays.stream(values).sum();
  }

  private static double[] sorted(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v;
  }
}
