package org.curbcut.internal.rules.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.curbcut.internal.aria.Aria;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Label;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Rendering;

/**
 * ACT cc0f0a "Form field label is descriptive" (WCAG 2.4.6, AA).
 * Applicability: visible programmatic labels ({@code label for}, a wrapping {@code label}, or an
 * element referenced by {@code aria-labelledby}) with text, of visible form fields (the roles of
 * {@link FormFieldName}). Expectation: the label, in its visual context, describes the field's
 * purpose. That is a human judgement: cantTell ("needs a person").
 */
public final class LabelDescriptive implements Rule {
  static final MessageKey<Label> NEEDS_PERSON = MessageKey.of("needs-person", Label.class,
      d -> new Object[] {d.text(), TextChecks.describe(d.control())});
  private static final RuleMeta META = RuleMeta.of(LabelDescriptive.class, "label-descriptive",
      List.of("cc0f0a"), List.of("2.4.6"), Level.AA, Impact.MODERATE)
      .withMessages(NEEDS_PERSON);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    FormFieldName fields = new FormFieldName();
    for (Element field : ctx.allElements()) {
      if (!fields.applies(ctx, field) || Rendering.isVisible(field).isFalse()) continue;
      for (Element label : labels(ctx, field)) {
        if (!seen.add(label)) continue;
        if (Rendering.isVisible(label).isFalse() || label.textContent().isBlank()) continue;
        out.cantTell(label, NEEDS_PERSON, new Label(TextChecks.normalize(label.textContent()), field));
      }
    }
  }

  /**
   * The field's programmatic labels: the elements its aria-labelledby names, then the labels
   * that label it (HTML's label↔control relation) and those written for its id (when the id
   * repeats, they stand next to it all the same), each once.
   */
  static List<Element> labels(RuleContext ctx, Element field) {
    if (field.page() == null) return List.of();
    Aria aria = ctx.aria(field.page());
    Set<Element> out = new LinkedHashSet<>(aria.ids().targets(field, "aria-labelledby"));
    out.addAll(aria.labels().labelsOf(field));
    if (field.isHtml() && HtmlStandards.get().isLabelable(field.name())) out.addAll(aria.labels().labelsNaming(field));
    return new ArrayList<>(out);
  }
}
