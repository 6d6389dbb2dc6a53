package org.curbcut.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * Refuses empty and blank path arguments. Java reads an empty path as the current folder, so an
 * unset shell variable ({@code curbcut fix "$SITE" --in-place}) would otherwise repair or audit
 * everything below wherever the command happens to run.
 */
final class PathArguments {
  private PathArguments() {}

  /** A usage error for the first empty or blank input. */
  static void checkInputs(List<String> inputs) {
    for (int i = 0; i < inputs.size(); i++) {
      String in = inputs.get(i);
      if (in == null || in.isBlank()) throw Messages.usage("usage.input.empty", i + 1, inputs.size());
    }
  }

  /** A usage error when a path option was given an empty or blank value. */
  static void checkOption(String option, Path value) {
    if (value != null && value.toString().isBlank()) throw Messages.usage("usage.option.empty", option);
  }
}
