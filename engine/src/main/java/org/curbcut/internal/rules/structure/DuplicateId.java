package org.curbcut.internal.rules.structure;

import java.util.List;
import java.util.Optional;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.rules.SharedId;
import org.curbcut.snapshot.Element;

/**
 * Real-site check (no ACT rule; axe-core "duplicate-id"): every id is unique in its document.
 * Duplicates make fragment links, label {@code for} and scripts pick the wrong element. (Ids that
 * ARIA attributes reference are checked by the ARIA rules.) Each later element with a repeated id
 * fails.
 */
public final class DuplicateId implements Rule {
  static final MessageKey<SharedId> DUPLICATE = MessageKey.of("duplicate", SharedId.class,
      d -> new Object[] {d.id(), d.count()});
  private static final RuleMeta META = RuleMeta.of(DuplicateId.class, "duplicate-id",
      List.of(), List.of(), Level.BEST_PRACTICE, Impact.MINOR)
      .withMessages(DUPLICATE);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      Optional<String> id = e.id();
      if (id.isEmpty() || Markup.inTemplate(e) || e.containingShadowRoot() != null) continue;
      // the document's own tree: elements in shadow roots and templates are in trees of their own
      List<Element> same = ctx.aria(e.page()).ids().all(e, id.get());
      if (same.size() > 1 && same.get(0) != e) out.failed(e, DUPLICATE, new SharedId(id.get(), same.size()));
    }
  }
}
