package org.curbcut.internal.rules.text;

import java.util.List;
import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.internal.aria.NameSource;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;

/**
 * Real-site check (no ACT rule; WCAG failure of 3.3.2 described in its Understanding document and
 * technique H44), 3.3.2 Labels or Instructions: a form field is not labelled by its placeholder
 * alone. Browsers use {@code placeholder} (or {@code aria-placeholder}) as the accessible name of
 * last resort, so {@code form-field-name} passes such a field; but the placeholder disappears as
 * soon as someone types, is usually low in contrast, and is not read by every screen reader.
 * Applicability: a text field (as the name computation treats it) included in the accessibility
 * tree with a placeholder. Expectation: its accessible name comes from something else (a label,
 * aria-label(ledby), title). A name CSS may change is cantTell.
 */
public final class PlaceholderOnlyLabel implements Rule {
  static final MessageKey<Diagnostic> ONLY_PLACEHOLDER = MessageKey.of("only-placeholder",
      t -> new Object[] {TextChecks.describe(t)});
  static final MessageKey<Diagnostic> UNKNOWN = MessageKey.of("unknown", t -> new Object[] {TextChecks.describe(t)});
  private static final RuleMeta META = RuleMeta.of(PlaceholderOnlyLabel.class, "placeholder-only-label",
      List.of(), List.of("3.3.2"), Level.A, Impact.SERIOUS)
      .withMessages(ONLY_PLACEHOLDER, UNKNOWN);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (e.inTemplate() || !hasPlaceholder(e)) continue;
      Tri hidden = TextChecks.hidden(ctx, e);
      if (hidden.isTrue()) continue;
      AccessibleName name = ctx.aria().name(e);
      if (name.source() != NameSource.PLACEHOLDER) {
        // the placeholder is not the name: this is not a text field, or something else names it
        if (!name.isEmpty()) out.passed(e);
        continue;
      }
      if (name.known() != Tri.TRUE || hidden.isUnknown()) out.cantTell(e, UNKNOWN);
      else out.failed(e, ONLY_PLACEHOLDER);
    }
  }

  private static boolean hasPlaceholder(Element e) {
    return !e.attrOr("placeholder", "").isBlank() || !e.attrOr("aria-placeholder", "").isBlank();
  }
}
