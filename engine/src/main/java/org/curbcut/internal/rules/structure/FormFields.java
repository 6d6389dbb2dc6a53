package org.curbcut.internal.rules.structure;

import java.util.Set;
import org.curbcut.internal.rules.commons.Fields;
import org.curbcut.snapshot.Element;

/** Which elements are form fields a person fills in. */
final class FormFields {
  private static final Set<String> FIELD_ROLES = Set.of("textbox", "combobox", "listbox", "searchbox", "spinbutton",
      "checkbox", "radio", "switch", "slider", "radiogroup");

  private FormFields() {}

  static boolean isField(Element e) {
    if (Markup.inTemplate(e)) return false;
    if (e.is("input")) return Fields.isValueInputType(e.token("type").orElse("text"));
    if (e.is("select", "textarea")) return true;
    return Markup.roleTokens(e).stream().findFirst().map(FIELD_ROLES::contains).orElse(false);
  }
}
