package org.curbcut.rules;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When an audit or a repair must stop: a point in time, a cancellation, or both. A server audits
 * whatever a request brings, so no page may keep the engine busy for longer than its budget.
 * Long loops call {@link #check()}, which throws {@link Exceeded}; the audit then ends with what it
 * knows and says that it stopped at the time limit.
 *
 * <p>Thread-safe: one thread may {@link #cancel()} while another runs the audit.
 */
public final class Deadline {
  /** No time limit and no cancellation. */
  public static final Deadline NONE = new Deadline(Long.MAX_VALUE, null);

  private final long endNanos;
  private final AtomicBoolean cancelled;

  private Deadline(long endNanos, AtomicBoolean cancelled) {
    this.endNanos = endNanos;
    this.cancelled = cancelled;
  }

  /** A deadline {@code budget} from now, which can also be cancelled. */
  public static Deadline in(Duration budget) {
    long now = System.nanoTime();
    long nanos = budget.isNegative() ? 0 : budget.toNanos();
    long end = Long.MAX_VALUE - now < nanos ? Long.MAX_VALUE : now + nanos;
    return new Deadline(end, new AtomicBoolean());
  }

  /** No time limit, but can be cancelled. */
  public static Deadline cancellable() {
    return new Deadline(Long.MAX_VALUE, new AtomicBoolean());
  }

  /** Asks the run to stop at its next check. Does nothing on {@link #NONE}. */
  public void cancel() {
    if (cancelled != null) cancelled.set(true);
  }

  /** True when {@link #cancel()} was called (the time may or may not be up as well). */
  public boolean isCancelled() {
    return cancelled != null && cancelled.get();
  }

  /** True when the time is up or the run was cancelled. Once true, it stays true. */
  public boolean isExceeded() {
    if (cancelled != null && cancelled.get()) return true;
    return endNanos != Long.MAX_VALUE && System.nanoTime() - endNanos >= 0;
  }

  /** Throws {@link Exceeded} when the time is up or the run was cancelled. */
  public void check() {
    if (isExceeded()) throw new Exceeded(isCancelled());
  }

  /**
   * The run went past its deadline or was cancelled. Code that catches {@link RuntimeException}
   * to survive a bug must let this one through: it is not a bug, it is the signal to stop.
   */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean cancelled;

    /**
     * @param cancelled true when the run was cancelled rather than out of time (a caller that
     *     learns of the stop from a result, not from {@link #check()}, rethrows it so)
     */
    public Exceeded(boolean cancelled) {
      super(cancelled ? "cancelled" : "stopped at the time limit", null, false, false);
      this.cancelled = cancelled;
    }

    /** True when it was cancelled rather than out of time. */
    public boolean wasCancelled() {
      return cancelled;
    }
  }
}
