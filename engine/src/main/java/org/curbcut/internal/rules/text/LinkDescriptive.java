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
 * ACT aizyf1 "Link is descriptive" (WCAG 2.4.9, AAA).
 * Applicability: links (role link or inheriting from it) included in the accessibility tree with
 * a non-empty accessible name. Expectation: the name alone describes the link's purpose. That is
 * a human judgement: cantTell ("needs a person"), except that a wholly generic name ("click
 * here", "read more": {@link GenericLinkText}) describes nothing by itself and fails.
 */
public final class LinkDescriptive extends NeedsPersonRule {
  /** The name is generic: it says nothing by itself. */
  static final MessageKey<Name> GENERIC = MessageKey.of("generic", Name.class,
      (t, d) -> new Object[] {TextChecks.describe(t), d.text()});
  private static final RuleMeta META = RuleMeta.of(LinkDescriptive.class, "link-descriptive",
      List.of("aizyf1"), List.of("2.4.9"), Level.AAA, Impact.MODERATE)
      .withMessages(NEEDS_PERSON, GENERIC);

  public LinkDescriptive() {
    super(META);
  }

  @Override
  boolean decide(RuleContext ctx, Element e, AccessibleName name, Outcomes out) {
    String value = TextChecks.normalize(name.value());
    if (!GenericLinkText.isGeneric(value) || name.known() != Tri.TRUE) return false;
    out.failed(e, GENERIC, new Name(value));
    return true;
  }

  @Override
  boolean applies(RuleContext ctx, Element e) {
    return RoleFacts.isA(TextChecks.role(ctx, e), "link") && exposedWithName(ctx, e);
  }
}
