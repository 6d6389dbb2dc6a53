package org.curbcut.internal.rules.text;

import java.util.List;
import java.util.Set;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * ACT e086e5 "Form field has non-empty accessible name" — the "missing form label" check.
 * Applicability: elements included in the accessibility tree whose semantic role is one of
 * checkbox, combobox, listbox, menuitemcheckbox, menuitemradio, radio, searchbox, slider,
 * spinbutton, switch, textbox; and HTML {@code input} fields of the types HTML-AAM maps to no
 * ARIA role (color, date, datetime-local, month, time, week, file), unless an explicit role
 * says otherwise.
 * Expectation: each has a non-empty accessible name (a {@code label}, aria-label(ledby), title or
 * placeholder). A text field's value or content is not its name.
 */
public final class FormFieldName extends NonEmptyNameRule {
  /** The form field roles of ACT e086e5. */
  static final Set<String> FIELD_ROLES = Set.of("checkbox", "combobox", "listbox", "menuitemcheckbox",
      "menuitemradio", "radio", "searchbox", "slider", "spinbutton", "switch", "textbox");
  /** input types that are form fields but have no ARIA role of their own (HTML-AAM). */
  static final Set<String> ROLELESS_INPUTS = Set.of("color", "date", "datetime-local", "month", "time",
      "week", "file");

  private static final RuleMeta META = RuleMeta.of(FormFieldName.class, "form-field-name",
      List.of("e086e5"), List.of("4.1.2"), Level.A, Impact.CRITICAL)
      .withMessages(TextChecks.NAME_MESSAGES);

  public FormFieldName() {
    super(META);
  }

  @Override
  boolean applies(RuleContext ctx, Element e) {
    String role = TextChecks.role(ctx, e);
    if (FIELD_ROLES.contains(role)) return true;
    return role.isEmpty() && ctx.aria().explicitRole(e).isEmpty()
        && TextChecks.inputType(e).map(ROLELESS_INPUTS::contains).orElse(false);
  }
}
