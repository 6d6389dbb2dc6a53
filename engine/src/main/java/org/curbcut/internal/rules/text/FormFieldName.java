package org.curbcut.internal.rules.text;

import java.util.List;
import java.util.Set;
import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.internal.rules.commons.Scripting;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;

/**
 * ACT e086e5 "Form field has non-empty accessible name" — the "missing form label" check.
 * Applicability: elements included in the accessibility tree whose semantic role is one of
 * checkbox, combobox, listbox, menuitemcheckbox, menuitemradio, radio, searchbox, slider,
 * spinbutton, switch, textbox; and HTML {@code input} fields of the types HTML-AAM maps to no
 * ARIA role (color, date, datetime-local, month, time, week, file), unless an explicit role
 * says otherwise.
 * Expectation: each has a non-empty accessible name (a {@code label}, aria-label(ledby), title or
 * placeholder). A text field's value or content is not its name. A field whose only labels are
 * empty {@code label} elements on a page that runs scripts is cantTell: filling such a label
 * from a script (a translation, a form library) is common, and only a browser shows the result.
 */
public final class FormFieldName extends NonEmptyNameRule {
  /** The form field roles of ACT e086e5. */
  static final Set<String> FIELD_ROLES = Set.of("checkbox", "combobox", "listbox", "menuitemcheckbox",
      "menuitemradio", "radio", "searchbox", "slider", "spinbutton", "switch", "textbox");
  /** input types that are form fields but have no ARIA role of their own (HTML-AAM). */
  static final Set<String> ROLELESS_INPUTS = Set.of("color", "date", "datetime-local", "month", "time",
      "week", "file");

  /** The field's labels are empty, and the page has scripts that may fill them. */
  static final MessageKey<Diagnostic> EMPTY_LABEL_SCRIPTED = MessageKey.of("empty-label-scripted",
      t -> new Object[] {TextChecks.describe(t)});
  private static final RuleMeta META = RuleMeta.of(FormFieldName.class, "form-field-name",
      List.of("e086e5"), List.of("4.1.2"), Level.A, Impact.CRITICAL)
      .withMessages(TextChecks.NAME_MESSAGES).withMessages(FormFieldName.EMPTY_LABEL_SCRIPTED);

  public FormFieldName() {
    super(META);
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!applies(ctx, e)) continue;
      Tri hidden = TextChecks.hidden(ctx, e);
      if (hidden.isTrue()) continue;
      AccessibleName name = ctx.aria().name(e);
      if (name.isEmpty() && name.known() == Tri.TRUE && emptyLabelsAScriptMayFill(ctx, e)) {
        out.cantTell(e, EMPTY_LABEL_SCRIPTED);
      } else {
        TextChecks.expectName(ctx, e, name, hidden, out);
      }
    }
  }

  private static boolean emptyLabelsAScriptMayFill(RuleContext ctx, Element field) {
    List<Element> labels = ctx.aria(field.page()).labels().labelsOf(field);
    if (labels.isEmpty() || !Scripting.present(ctx, field.page())) return false;
    return labels.stream().allMatch(l -> l.textContent().isBlank()
        && l.descendants().noneMatch(d -> d != field && d.is("img", "svg", "object", "canvas", "input", "select", "textarea")));
  }

  @Override
  boolean applies(RuleContext ctx, Element e) {
    String role = TextChecks.role(ctx, e);
    if (FIELD_ROLES.contains(role)) return true;
    return role.isEmpty() && ctx.aria().explicitRole(e).isEmpty()
        && TextChecks.inputType(e).map(ROLELESS_INPUTS::contains).orElse(false);
  }
}
