package org.curbcut.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.curbcut.Curbcut;
import picocli.CommandLine.Option;

/**
 * How long the audit or the repair of one page may take, shared by {@code audit} and {@code fix}
 * (a picocli mixin). A page past it is reported as incomplete ({@code audit}) or left as it was
 * ({@code fix}), and the batch goes on: one page cannot hold up the rest.
 */
final class PageTimeout {
  /** The default: generous for any real page, and still an end. */
  static final String DEFAULT = "60s";
  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");
  /** The longest limit accepted (a year): beyond it a typo is likelier than an intent. */
  private static final Duration LONGEST = Duration.ofDays(366);

  @Option(names = "--page-timeout", paramLabel = "DURATION", defaultValue = DEFAULT,
      description = "Longest time the audit (or repair) of one page may take once it is read: a number with "
          + "ms, s, m or h (500ms, 30s, 2m; a bare number is seconds), or 'none' for no limit "
          + "(default: ${DEFAULT-VALUE}). A page past it is reported as incomplete (audit) or left unchanged (fix); "
          + "the other pages go on.")
  String value = DEFAULT;

  /** The limit, or empty for none; a usage error for a value that is not a duration. */
  Optional<Duration> duration() {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("none")) return Optional.empty();
    Matcher m = DURATION.matcher(v);
    if (!m.matches()) throw invalid();
    String unit = m.group(2) == null ? "s" : m.group(2);
    BigDecimal millis = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(switch (unit) {
      case "ms" -> 1L;
      case "s" -> 1_000L;
      case "m" -> 60_000L;
      default -> 3_600_000L;
    }));
    if (millis.compareTo(BigDecimal.valueOf(LONGEST.toMillis())) > 0) {
      throw new UsageError("--page-timeout '" + value + "' is longer than a year (use 'none' for no limit)");
    }
    return Optional.of(Duration.ofNanos(millis.movePointRight(6).longValue()));
  }

  /** The engine builder, with this limit. */
  Curbcut.Builder apply(Curbcut.Builder builder) {
    Optional<Duration> d = duration();
    return d.isPresent() ? builder.pageTimeout(d.get()) : builder.noPageTimeout();
  }

  /** How messages name the limit: "--page-timeout 60s". */
  String label() {
    return "--page-timeout " + value.strip();
  }

  private UsageError invalid() {
    return new UsageError("invalid --page-timeout '" + value + "' (expected a duration such as 500ms, 30s or 2m, or none)");
  }
}
