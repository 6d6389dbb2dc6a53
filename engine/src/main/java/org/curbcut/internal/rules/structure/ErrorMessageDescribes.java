package org.curbcut.internal.rules.structure;

import java.util.List;
import java.util.Locale;
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
 * ACT 36b590 "Error message describes invalid form field value" (3.3.1).
 * Applicability: a form field with a form field error indicator. Expectation: the message
 * identifies the field, says what is wrong and (if known) how to fix it, and is visible and in the
 * accessibility tree. Whether an error state is shown and what the text means needs a person:
 * fields marked {@code aria-invalid="true"} or with {@code aria-errormessage}, and elements whose
 * id or class names an error on a page with form fields, are cantTell.
 */
public final class ErrorMessageDescribes implements Rule {
  static final MessageKey<Diagnostic> CHECK_FIELD = MessageKey.of("check-field");
  static final MessageKey<Diagnostic> CHECK_MESSAGE = MessageKey.of("check-message");
  private static final RuleMeta META = RuleMeta.of(ErrorMessageDescribes.class, "error-message-describes",
      List.of("36b590"), List.of("3.3.1"), Level.A, Impact.SERIOUS)
      .withMessages(CHECK_FIELD, CHECK_MESSAGE);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    boolean fields = false;
    for (Element e : ctx.page().elements()) {
      if (!FormFields.isField(e)) continue;
      fields = true;
      if (e.token("aria-invalid").map(v -> !v.equals("false") && !v.isEmpty()).orElse(false) || e.has("aria-errormessage")) {
        out.cantTell(e, CHECK_FIELD);
      }
    }
    if (!fields) return;
    for (Element e : ctx.page().elements()) {
      if (Markup.inTemplate(e) || FormFields.isField(e) || e.is("form", "input", "html", "body")) continue;
      String names = (e.attrOr("id", "") + " " + e.attrOr("class", "")).toLowerCase(Locale.ROOT);
      if ((names.contains("error") || names.contains("invalid")) && !Markup.isWhitespace(e.textContent())) {
        out.cantTell(e, CHECK_MESSAGE);
      }
    }
  }
}
