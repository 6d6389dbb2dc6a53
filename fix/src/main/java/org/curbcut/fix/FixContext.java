package org.curbcut.fix;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/**
 * What fixers read: the page, its ARIA semantics (those of the audit that found the failures, so
 * nothing is computed twice), the audit's failures with their diagnostics (a repair that serves
 * several rules, such as a form field's guidance, reads what each rule found), what fixers of one
 * repair run share, and the repair messages. A context belongs to one repair run on one thread;
 * nothing in it outlives the run.
 */
public final class FixContext {
  private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("org.curbcut.fix.messages", Locale.ROOT);

  private final Page page;
  private final Aria aria;
  private final RuleContext audit;
  private final ImageAccess images;
  private final List<RuleResult> results;
  private Map<String, Map<Element, RuleResult>> failures;
  private final Map<Key<?>, Object> state = new HashMap<>();
  private PageTexts texts;

  /** A context of its own for a page, without an audit's results (tests, one-off repairs). */
  public FixContext(Page page) {
    this(new RuleContext(page), List.of());
  }

  /**
   * The context of the repair of the page that {@code audit} audited.
   *
   * @param results the audit's results (its failures are what the repair works from)
   */
  public FixContext(RuleContext audit, List<RuleResult> results) {
    this(audit, results, null);
  }

  /**
   * The context of the repair of the page that {@code audit} audited, for a request that says
   * where the page's images may be read from.
   *
   * @param results the audit's results (its failures are what the repair works from)
   * @param images where images may be read from; null when the request does not say (the
   *     alt-text pipeline's own fetcher decides)
   */
  public FixContext(RuleContext audit, List<RuleResult> results, ImageAccess images) {
    this.audit = audit;
    this.page = audit.page();
    this.aria = audit.aria();
    this.results = List.copyOf(results);
    this.images = images;
  }

  /** Where the repair request lets the page's images be read from, if it says. */
  public Optional<ImageAccess> images() {
    return Optional.ofNullable(images);
  }

  /**
   * The audit's failure of a rule on an element (the first, when the rule failed there more than
   * once); empty when the rule did not fail there or did not run. Its diagnostic says what the
   * rule found.
   */
  public Optional<RuleResult> failure(String rule, Element target) {
    if (failures == null) {
      failures = new HashMap<>();
      for (RuleResult r : results) {
        if (r.outcome() != Outcome.FAILED) continue;
        failures.computeIfAbsent(r.rule().id(), k -> new IdentityHashMap<>()).putIfAbsent(r.target(), r);
      }
    }
    return Optional.ofNullable(failures.getOrDefault(rule, Map.of()).get(target));
  }

  /** The context of the audit whose failures are being repaired. */
  public RuleContext audit() {
    return audit;
  }

  /** The page being repaired. */
  public Page page() {
    return page;
  }

  /** The page's ARIA semantics, as the audit computed them. */
  public Aria aria() {
    return aria;
  }

  /**
   * What fixers keep while this page is repaired (the plan of all repairs of one form field, the
   * ids handed out so far), created on first use.
   */
  public <T> T state(Key<T> key, java.util.function.Supplier<T> create) {
    @SuppressWarnings("unchecked") // a key is declared with its value's type, and only that type is put under it
    T value = (T) state.computeIfAbsent(key, k -> create.get());
    return value;
  }

  /**
   * The name and type of one thing fixers keep in {@link #state}; one constant per thing. Keys
   * compare by identity.
   *
   * @param <T> the type of the value
   */
  public static final class Key<T> {
    private final String name;

    private Key(String name) {
      this.name = name;
    }

    /** A new key; {@code name} is for debugging only. */
    public static <T> Key<T> of(String name) {
      return new Key<>(name);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The words repairs write into this page, in its language when Curbcut has it. */
  public PageTexts texts() {
    if (texts == null) texts = PageTexts.of(page);
    return texts;
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
