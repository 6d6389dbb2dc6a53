package org.curbcut.cli;

import java.time.Duration;
import org.curbcut.input.PageLoader;
import picocli.CommandLine.Option;

/** How long and how much the commands read for one page, shared by {@code audit} and {@code fix} (a picocli mixin). */
final class InputLimits {
  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "For URLs: seconds to wait for a whole response (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "For URLs: seconds to wait for a connection (default: ${DEFAULT-VALUE}).")
  double connectTimeoutSeconds;

  @Option(names = "--max-size", paramLabel = "MB", defaultValue = "60",
      description = "Largest page read, in megabytes (default: ${DEFAULT-VALUE}).")
  double maxSizeMb;

  /** The largest --max-size: a page is read into one Java array, which holds less than 2 GB. */
  static final double MAX_MEGABYTES = 2047;

  /** The loader options, after checking every limit is in its range (usage errors otherwise). */
  PageLoader.Options loaderOptions() {
    double timeout = NumericRange.seconds("--timeout", timeoutSeconds);
    double connect = NumericRange.seconds("--connect-timeout", connectTimeoutSeconds);
    double mb = NumericRange.check("--max-size", maxSizeMb, 0.001, MAX_MEGABYTES, "unit.megabytes");
    return PageLoader.Options.defaults()
        .withTimeouts(Duration.ofMillis(Math.round(connect * 1000)), Duration.ofMillis(Math.round(timeout * 1000)))
        .withMaxBytes(Math.round(mb * 1024 * 1024));
  }
}
