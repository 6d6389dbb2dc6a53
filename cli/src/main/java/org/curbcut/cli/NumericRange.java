package org.curbcut.cli;

import java.math.BigDecimal;

/**
 * Range checks of numeric options. A value outside its range (an overflow, NaN, Infinity, a
 * limit so small it rounds to nothing) is a one-line usage error, never a limit the library
 * cannot honour or an internal error later in the run.
 */
final class NumericRange {
  /** The longest time limit in seconds (a day): beyond it a typo is likelier than an intent. */
  static final double MAX_SECONDS = 86_400;
  /** The shortest time limit in seconds: shorter ones round to zero milliseconds. */
  static final double MIN_SECONDS = 0.001;

  private NumericRange() {}

  /**
   * The value, when {@code min <= value <= max}; else a usage error naming the option and the range.
   *
   * @param what what the number counts, as the message says it ("seconds", "megabytes")
   */
  static double check(String option, double value, double min, double max, String what) {
    if (!(value >= min && value <= max)) {
      throw Messages.usage("usage.range", option, shown(value), Messages.get(what), shown(min), shown(max));
    }
    return value;
  }

  /** A time limit in seconds, from a millisecond to a day. */
  static double seconds(String option, double value) {
    return check(option, value, MIN_SECONDS, MAX_SECONDS, "unit.seconds");
  }

  /** A number as a person writes it: 86400, 0.001, 1.0E300, NaN. */
  static String shown(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v) || Math.abs(v) >= 1e15 || (v != 0 && Math.abs(v) < 1e-6)) {
      return String.valueOf(v);
    }
    return new BigDecimal(String.valueOf(v)).stripTrailingZeros().toPlainString();
  }
}
