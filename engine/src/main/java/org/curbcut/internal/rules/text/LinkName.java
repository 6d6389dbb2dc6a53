package org.curbcut.internal.rules.text;

import java.util.List;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * ACT c487ae "Link has non-empty accessible name".
 * Applicability: HTML elements whose semantic role is {@code link} or a role inheriting from it
 * (e.g. {@code doc-biblioref}), included in the accessibility tree; {@code area} elements with
 * {@code href} count, as exposed through their image map.
 * Expectation: each has a non-empty accessible name.
 */
public final class LinkName extends NonEmptyNameRule {
  private static final RuleMeta META = RuleMeta.of(LinkName.class, "link-name",
      List.of("c487ae"), List.of("2.4.4", "4.1.2"), Level.A, Impact.SERIOUS)
      .withMessages(TextChecks.NAME_MESSAGES);

  public LinkName() {
    super(META);
  }

  @Override
  boolean applies(RuleContext ctx, Element e) {
    if (!e.isHtml()) return false;
    String role = TextChecks.role(ctx, e);
    if (RoleFacts.isA(role, "link")) return true;
    // area href: the link role, whatever a first-cut role mapping says
    return e.is("area") && e.has("href") && role.isEmpty();
  }
}
