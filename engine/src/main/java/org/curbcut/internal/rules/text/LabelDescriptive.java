package org.curbcut.internal.rules.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Label;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Rendering;

/**
 * ACT cc0f0a "Form field label is descriptive" (WCAG 2.4.6, AA).
 * Applicability: visible programmatic labels ({@code label for}, a wrapping {@code label}, or an
 * element referenced by {@code aria-labelledby}) with text, of visible form fields (the roles of
 * {@link FormFieldName}). Expectation: the label, in its visual context, describes the field's
 * purpose. That is a human judgement: cantTell ("needs a person").
 */
public final class LabelDescriptive implements Rule {
  private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");
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

  /** The field's programmatic labels, in document order of discovery. */
  static List<Element> labels(RuleContext ctx, Element field) {
    Set<Element> out = new LinkedHashSet<>();
    for (String id : WHITE_SPACE.split(field.attrOr("aria-labelledby", "").trim())) {
      if (!id.isEmpty() && field.page() != null) field.page().byId(id).ifPresent(out::add);
    }
    if (field.isHtml() && field.is("input", "select", "textarea", "button", "meter", "output", "progress")) {
      field.id().ifPresent(id -> {
        if (field.page() == null) return;
        out.addAll(labelsFor(ctx, field.page()).getOrDefault(id, List.of()));
      });
      field.closest("label").filter(l -> !l.has("for")).ifPresent(out::add);
    }
    return new ArrayList<>(out);
  }

  private static final RuleContext.Key<LabelsFor> LABELS_FOR = RuleContext.Key.of("labels-by-for");

  /** A page's HTML {@code label} elements by their {@code for} value. */
  private record LabelsFor(Map<String, List<Element>> byFor) {}

  /** The page's HTML {@code label} elements by their {@code for} value, in document order; built once per audit. */
  static Map<String, List<Element>> labelsFor(RuleContext ctx, Page page) {
    return ctx.memo(LABELS_FOR, page, () -> {
      Map<String, List<Element>> index = new HashMap<>();
      for (Element l : page.elements()) {
        if (!l.isHtml() || !l.is("label")) continue;
        Optional<String> forId = l.attr("for");
        if (forId.isPresent()) index.computeIfAbsent(forId.get(), k -> new ArrayList<>()).add(l);
      }
      return new LabelsFor(index);
    }).byFor();
  }
}
