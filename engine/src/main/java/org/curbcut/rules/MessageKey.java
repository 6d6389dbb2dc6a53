package org.curbcut.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.curbcut.snapshot.Element;

/**
 * One message a rule reports: its name in the rule's bundle ({@code <rule-id>.<name>} in the
 * {@code messages.properties} of the rule's package), the kind of {@link Diagnostic} it is
 * reported with, and how the message's arguments come from that diagnostic (and, for words
 * about the element itself such as {@code <img>}, from the target). A message is therefore always
 * formatted from its diagnostic: the two cannot disagree. Each message is one constant, declared
 * by the rule in its {@link RuleMeta#withMessages}; a test checks that every declared message
 * exists in its bundle, and {@link Outcomes} refuses one that is not declared.
 *
 * <pre>{@code
 * static final MessageKey<AttributeValue> INVALID =
 *     MessageKey.of("invalid", AttributeValue.class, d -> new Object[] {d.value()});
 * ...
 * out.failed(e, INVALID, new AttributeValue("lang", value));
 * }</pre>
 *
 * <p>Keys compare by identity.
 *
 * @param <D> the kind of diagnostic the message is reported with ({@link Diagnostic} itself for a
 *     message reported without one)
 */
public final class MessageKey<D extends Diagnostic> {
  private static final Object[] NONE = new Object[0];

  /** What every passed result says (no text in the bundles). */
  public static final MessageKey<Diagnostic> PASSED = of("passed");
  /** A rule that threw: reported by the audit for every rule (no text in the bundles). */
  public static final MessageKey<RuleError> INTERNAL_ERROR =
      of("internal-error", RuleError.class, d -> new Object[] {d.exception()});

  private final String name;
  private final Class<D> diagnostic;
  private final BiFunction<Element, ? super D, Object[]> arguments;

  private MessageKey(String name, Class<D> diagnostic, BiFunction<Element, ? super D, Object[]> arguments) {
    if (!name.matches("[A-Za-z0-9]+(-[A-Za-z0-9]+)*")) throw new IllegalArgumentException("bad message key: " + name);
    this.name = name;
    this.diagnostic = diagnostic;
    this.arguments = Objects.requireNonNull(arguments);
  }

  /** A message reported without a diagnostic and without arguments. */
  public static MessageKey<Diagnostic> of(String name) {
    return new MessageKey<>(name, null, (target, d) -> NONE);
  }

  /** A message reported without a diagnostic whose arguments describe the target itself. */
  public static MessageKey<Diagnostic> of(String name, Function<Element, Object[]> aboutTarget) {
    return new MessageKey<>(name, null, (target, d) -> aboutTarget.apply(target));
  }

  /** A message reported with a diagnostic of the given kind, its arguments taken from it. */
  public static <D extends Diagnostic> MessageKey<D> of(String name, Class<D> kind, Function<? super D, Object[]> arguments) {
    return new MessageKey<>(name, Objects.requireNonNull(kind), (target, d) -> arguments.apply(d));
  }

  /**
   * A message reported with a diagnostic of the given kind, its arguments taken from it and from
   * the target (words about the element itself).
   */
  public static <D extends Diagnostic> MessageKey<D> of(String name, Class<D> kind,
                                                       BiFunction<Element, ? super D, Object[]> arguments) {
    return new MessageKey<>(name, Objects.requireNonNull(kind), arguments);
  }

  /** The key's name in the bundle, after {@code <rule-id>.}. */
  public String name() {
    return name;
  }

  /** The kind of diagnostic the message is reported with; empty for a message reported without one. */
  public Optional<Class<D>> diagnostic() {
    return Optional.ofNullable(diagnostic);
  }

  /** The arguments of the message about this target with this diagnostic. */
  Object[] arguments(Element target, Diagnostic d) {
    @SuppressWarnings("unchecked") // Outcomes only pairs a key with a diagnostic of its kind
    D typed = (D) d;
    return arguments.apply(target, typed);
  }

  /** Whether this key may be reported with the diagnostic (null: none). */
  boolean accepts(Diagnostic d) {
    return diagnostic == null ? d == null : diagnostic.isInstance(d);
  }

  @Override
  public String toString() {
    return name;
  }
}
