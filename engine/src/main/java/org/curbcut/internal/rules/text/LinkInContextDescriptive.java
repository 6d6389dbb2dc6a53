package org.curbcut.internal.rules.text;

import java.util.List;
import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Name;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;

/**
 * ACT 5effbb "Link in context is descriptive" (WCAG 2.4.4).
 * Applicability: links (role link or inheriting from it) included in the accessibility tree with
 * a non-empty accessible name. Expectation: the name, together with the link's programmatically
 * determined context (sentence, paragraph, list item, table cell and headers, aria-describedby),
 * describes its purpose. That is a human judgement: cantTell ("needs a person"), except for a
 * name that is wholly generic ("click here", "read more": {@link GenericLinkText}) with no
 * programmatic context at all (no paragraph, list item, cell, heading or description text around
 * it, no heading before it in its part of the page): that fails. A generic name with some context
 * is cantTell with a message that says so.
 */
public final class LinkInContextDescriptive extends NeedsPersonRule {
  /** The name is generic and nothing around the link says more. */
  static final MessageKey<Name> GENERIC = MessageKey.of("generic", Name.class,
      (t, d) -> new Object[] {TextChecks.describe(t), d.text()});
  /** The name is generic; its context may say where it leads. */
  static final MessageKey<Name> GENERIC_IN_CONTEXT = MessageKey.of("generic-in-context", Name.class,
      (t, d) -> new Object[] {TextChecks.describe(t), d.text()});
  private static final RuleMeta META = RuleMeta.of(LinkInContextDescriptive.class, "link-in-context-descriptive",
      List.of("5effbb"), List.of("2.4.4"), Level.A, Impact.SERIOUS)
      .withMessages(NEEDS_PERSON, GENERIC, GENERIC_IN_CONTEXT);

  public LinkInContextDescriptive() {
    super(META);
  }

  @Override
  boolean decide(RuleContext ctx, Element e, AccessibleName name, Outcomes out) {
    String value = TextChecks.normalize(name.value());
    if (!GenericLinkText.isGeneric(value)) return false;
    if (GenericLinkText.hasContext(ctx.aria(e.page()), e) || name.known() != Tri.TRUE) out.cantTell(e, GENERIC_IN_CONTEXT, new Name(value));
    else out.failed(e, GENERIC, new Name(value));
    return true;
  }

  @Override
  boolean applies(RuleContext ctx, Element e) {
    return RoleFacts.isA(TextChecks.role(ctx, e), "link") && exposedWithName(ctx, e);
  }
}
