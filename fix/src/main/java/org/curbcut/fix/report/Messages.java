package org.curbcut.fix.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-facing words of the repair reports, from {@code org/curbcut/fix/report/messages.properties}. */
final class Messages {
  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.curbcut.fix.report.messages", Locale.ROOT);

  private Messages() {}

  /** The text under {@code key}, formatted with {@link MessageFormat}. */
  static String get(String key, Object... args) {
    String pattern;
    try {
      pattern = BUNDLE.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return new MessageFormat(pattern, Locale.ROOT).format(args);
  }
}
