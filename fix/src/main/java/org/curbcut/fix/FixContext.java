package org.curbcut.fix;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.curbcut.aria.Aria;
import org.curbcut.snapshot.Page;

/** What fixers read: the page, its ARIA semantics, and the repair messages. */
public final class FixContext {
  private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("org.curbcut.fix.messages", Locale.ROOT);

  private final Page page;
  private final Aria aria;
  private final java.util.Map<Class<?>, Object> state = new java.util.HashMap<>();

  public FixContext(Page page) {
    this.page = page;
    this.aria = Aria.of(page);
  }

  public Page page() {
    return page;
  }

  public Aria aria() {
    return aria;
  }

  /**
   * What one kind of fixer keeps while this page is repaired (e.g. the plan of all repairs of one
   * form field), created on first use. A context belongs to one repair run on one thread.
   */
  @SuppressWarnings("unchecked")
  public <T> T state(Class<?> owner, java.util.function.Supplier<T> create) {
    return (T) state.computeIfAbsent(owner, k -> create.get());
  }

  /** A repair message from {@code org/curbcut/fix/messages.properties}, formatted. */
  public static String message(String key, Object... args) {
    String pattern;
    try {
      pattern = MESSAGES.getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    return new java.text.MessageFormat(pattern, Locale.ROOT).format(args);
  }
}
