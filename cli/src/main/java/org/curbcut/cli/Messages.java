package org.curbcut.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-facing words of the command line, from {@code org/curbcut/cli/messages.properties}. */
final class Messages {
  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.curbcut.cli.messages", Locale.ROOT);

  private Messages() {}

  /** The text under {@code key}, formatted with {@link MessageFormat} (write counts as {@code {0,number,#}}). */
  static String get(String key, Object... args) {
    String pattern;
    try {
      pattern = BUNDLE.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return new MessageFormat(pattern, Locale.ROOT).format(args);
  }

  /** A usage error with the text under {@code key}. */
  static UsageError usage(String key, Object... args) {
    return new UsageError(get(key, args));
  }
}
