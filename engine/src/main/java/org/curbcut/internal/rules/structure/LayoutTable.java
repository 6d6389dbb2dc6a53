package org.curbcut.internal.rules.structure;

import java.util.List;
import java.util.Optional;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * Real-site check (no ACT rule; axe-core's former "layout-table", WCAG failure F46), 1.3.1 Info
 * and Relationships: a table marked as layout ({@code role="presentation"} or {@code "none"},
 * effective because nothing makes the role conflict) carries no data-table markup: no
 * {@code th}, {@code caption}, non-empty {@code summary}, or {@code headers}/{@code scope} on its
 * own cells (nested tables are judged on their own). Such markup says the table holds data, and
 * the role throws its structure away: either the table is data (drop the role) or layout (drop
 * the markup).
 */
public final class LayoutTable implements Rule {
  static final MessageKey<Diagnostic> TH = MessageKey.of("th");
  static final MessageKey<Diagnostic> CAPTION = MessageKey.of("caption");
  static final MessageKey<Diagnostic> SUMMARY = MessageKey.of("summary");
  static final MessageKey<Diagnostic> HEADERS = MessageKey.of("headers");
  private static final RuleMeta META = RuleMeta.of(LayoutTable.class, "layout-table",
      List.of(), List.of("1.3.1"), Level.A, Impact.SERIOUS)
      .withMessages(TH, CAPTION, SUMMARY, HEADERS);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!e.isHtml() || !e.is("table") || Markup.inTemplate(e)) continue;
      Aria aria = ctx.aria(e.page());
      if (aria.explicitRole(e).map(r -> !Aria.isPresentational(r)).orElse(true)) continue;
      // a focusable table or one with global ARIA attributes keeps its table role
      if (!aria.role(e).map(Aria::isPresentational).orElse(false)) continue;
      if (aria.isHiddenFromAT(e).isTrue()) continue;
      Optional<MessageKey<Diagnostic>> markup = dataMarkup(e);
      if (markup.isPresent()) out.failed(e, markup.get());
      else out.passed(e);
    }
  }

  /** The first data-table markup of the table's own (not nested) content. */
  private static Optional<MessageKey<Diagnostic>> dataMarkup(Element table) {
    if (!table.attrOr("summary", "").isBlank()) return Optional.of(SUMMARY);
    for (Element d : table.descendants().toList()) {
      if (d.closest("table").orElse(null) != table) continue;
      if (d.is("caption") && !d.textContent().isBlank()) return Optional.of(CAPTION);
      if (d.is("th")) return Optional.of(TH);
      if (d.is("td") && (d.has("headers") || d.has("scope"))) return Optional.of(HEADERS);
    }
    return Optional.empty();
  }
}
