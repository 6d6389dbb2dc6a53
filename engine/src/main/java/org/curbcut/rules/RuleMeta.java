package org.curbcut.rules;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a rule is: a stable kebab-case id (never reused), the W3C ACT rule ids it implements,
 * the WCAG success criteria it maps to, level and impact. Texts come from the resource bundle
 * {@code messages} in the rule's package, under the keys {@code <id>.description},
 * {@code <id>.help} and {@code <id>.<messageKey>}; {@link #messages()} lists every message the
 * rule reports.
 */
public record RuleMeta(String id, List<String> act, List<String> wcag, Level level, Impact impact, String bundle,
                       List<MessageKey<?>> messages) {

  public RuleMeta {
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) throw new IllegalArgumentException("rule id must be kebab-case: " + id);
    act = List.copyOf(act);
    wcag = List.copyOf(wcag);
    messages = List.copyOf(messages);
    if (messages.stream().map(MessageKey::name).distinct().count() < messages.size()) {
      throw new IllegalArgumentException("rule " + id + " declares a message name twice");
    }
  }

  /**
   * Metadata for a rule class, whose messages live in {@code <package>.messages}.
   *
   * @param ruleClass the rule; its package names the bundle
   */
  public static RuleMeta of(Class<?> ruleClass, String id, List<String> act, List<String> wcag, Level level, Impact impact) {
    return new RuleMeta(id, act, wcag, level, impact, ruleClass.getPackageName() + ".messages", List.of());
  }

  /** The same rule, declaring the messages it reports (each one must be in its bundle). */
  public RuleMeta withMessages(MessageKey<?>... keys) {
    return withMessages(List.of(keys));
  }

  /** The same rule, declaring the messages it reports (each one must be in its bundle). */
  public RuleMeta withMessages(List<MessageKey<?>> keys) {
    java.util.List<MessageKey<?>> all = new java.util.ArrayList<>(messages);
    all.addAll(keys);
    return new RuleMeta(id, act, wcag, level, impact, bundle, all);
  }

  /**
   * Whether the rule may report this message: one it declares, or one every rule has
   * ({@link MessageKey#PASSED}, {@link MessageKey#INTERNAL_ERROR}).
   */
  public boolean declares(MessageKey<?> key) {
    return key == MessageKey.PASSED || key == MessageKey.INTERNAL_ERROR || messages.contains(key);
  }

  /** What the rule checks, in one sentence (from the message bundle). */
  public String description() {
    return message("description");
  }

  /** What to do about a failure (from the message bundle). */
  public String help() {
    return message("help");
  }

  /**
   * A message for a result of this rule, always formatted with {@link MessageFormat} (so bundles
   * write {@code ''} for an apostrophe everywhere, with or without arguments).
   */
  public String message(String key, Object... args) {
    String cacheKey = bundle + '\u0000' + id + '.' + key;
    Object f = FORMATS.get(cacheKey);
    if (f == null) {
      String text = text(key);
      // a pattern without quotes or arguments formats to itself
      f = text.indexOf('{') < 0 && text.indexOf('\'') < 0 ? text : new MessageFormat(text, Locale.ROOT);
      FORMATS.put(cacheKey, f);
    }
    if (f instanceof String plain) return plain;
    MessageFormat format = (MessageFormat) f;
    synchronized (format) {
      return format.format(args);
    }
  }

  /** Parsed message patterns by bundle and key: a String when formatting cannot change it. */
  private static final Map<String, Object> FORMATS = new ConcurrentHashMap<>();

  private String text(String key) {
    try {
      return ResourceBundle.getBundle(bundle, Locale.ROOT).getString(id + "." + key);
    } catch (MissingResourceException e) {
      return id + "." + key;
    }
  }
}
