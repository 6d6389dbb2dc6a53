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

  /** The loader options, after checking the limits are positive (usage errors otherwise). */
  PageLoader.Options loaderOptions() {
    if (!(timeoutSeconds > 0) || !(connectTimeoutSeconds > 0)) throw new UsageError("timeouts must be positive");
    if (!(maxSizeMb > 0)) throw new UsageError("--max-size must be positive");
    return PageLoader.Options.defaults()
        .withTimeouts(Duration.ofMillis((long) (connectTimeoutSeconds * 1000)), Duration.ofMillis((long) (timeoutSeconds * 1000)))
        .withMaxBytes((long) (maxSizeMb * 1024 * 1024));
  }
}
