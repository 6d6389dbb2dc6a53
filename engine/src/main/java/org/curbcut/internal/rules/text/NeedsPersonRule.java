package org.curbcut.internal.rules.text;

import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Name;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * The shape of the rules whose expectation needs human judgement ("is this text descriptive?"):
 * every applicable target gets cantTell with the message {@code needs-person} (arguments: the
 * element, its accessible name), unless {@link #decide} can settle it from markup alone.
 */
abstract class NeedsPersonRule implements Rule {
  /** A person must judge the name: arguments the element and its name. */
  static final MessageKey<Name> NEEDS_PERSON = MessageKey.of("needs-person", Name.class,
      (t, d) -> new Object[] {TextChecks.describe(t), d.text()});

  private final RuleMeta meta;

  NeedsPersonRule(RuleMeta meta) {
    this.meta = meta;
  }

  @Override
  public final RuleMeta meta() {
    return meta;
  }

  /** Whether the element is a target of the rule. */
  abstract boolean applies(RuleContext ctx, Element e);

  /**
   * Settles a target from markup when that is certain: report passed or failed and return true.
   * By default nothing is certain.
   */
  boolean decide(RuleContext ctx, Element e, AccessibleName name, Outcomes out) {
    return false;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!applies(ctx, e)) continue;
      AccessibleName name = ctx.aria().name(e);
      if (decide(ctx, e, name, out)) continue;
      out.cantTell(e, NEEDS_PERSON, new Name(TextChecks.normalize(name.value())));
    }
  }

  /** Included in the accessibility tree (or possibly so) with a non-empty name. */
  static boolean exposedWithName(RuleContext ctx, Element e) {
    return !TextChecks.hidden(ctx, e).isTrue() && !ctx.aria().name(e).isEmpty();
  }
}
