package org.curbcut.internal.rules.structure;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.curbcut.internal.aria.Aria;
import org.curbcut.internal.aria.IdResolver;
import org.curbcut.internal.standards.AsciiWhitespace;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/**
 * Real-site check (no ACT rule), 3.3.1 Error Identification: a field in an error or required
 * state has a programmatic message. Applicability: a form field with {@code aria-invalid="true"}
 * (or another true value), or with {@code required}/{@code aria-required="true"}.
 * <ul>
 *   <li>invalid: passed when {@code aria-describedby} or {@code aria-errormessage} names an element
 *   with text; failed when neither does and nothing else on the page could announce the error
 *   (a live region or alert, or other text in the field's container); otherwise cantTell;</li>
 *   <li>required: passed with native {@code required} in a form that browsers validate (they
 *   describe the error themselves); {@code aria-required} alone is cantTell (a person checks the
 *   script's message).</li>
 * </ul>
 */
public final class FormFieldErrorMessage implements Rule {
  static final MessageKey<Diagnostic> INVALID_NO_MESSAGE = MessageKey.of("invalid-no-message");
  static final MessageKey<Diagnostic> INVALID_UNLINKED = MessageKey.of("invalid-unlinked");
  static final MessageKey<Diagnostic> REQUIRED_CHECK = MessageKey.of("required-check");
  private static final RuleMeta META = RuleMeta.of(FormFieldErrorMessage.class, "form-field-error-message",
      List.of(), List.of("3.3.1"), Level.A, Impact.SERIOUS)
      .withMessages(INVALID_NO_MESSAGE, INVALID_UNLINKED, REQUIRED_CHECK);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    // per page and per container: computed at most once per evaluation (no scan of the page per field)
    Map<Page, Boolean> liveRegions = new IdentityHashMap<>();
    Map<Element, Boolean> containerText = new IdentityHashMap<>();
    for (Element e : ctx.allElements()) {
      if (!FormFields.isField(e) || Markup.isDisabledOrAriaDisabled(e)) continue;
      Aria aria = ctx.aria(e.page());
      if (aria.isHiddenFromAT(e).isTrue()) continue;
      Page page = e.page();
      String invalid = e.token("aria-invalid").orElse("false");
      if (!invalid.isEmpty() && !invalid.equals("false")) {
        if (referencesText(aria.ids(), e, "aria-describedby") || referencesText(aria.ids(), e, "aria-errormessage")) {
          out.passed(e);
        } else if (liveRegions.computeIfAbsent(page, FormFieldErrorMessage::liveRegion)
            || containerHasOtherText(e, containerText)) {
          out.cantTell(e, INVALID_UNLINKED);
        } else {
          out.failed(e, INVALID_NO_MESSAGE);
        }
      } else if (e.has("required") && e.isHtml() && HtmlStandards.get().isFieldElement(e.name())) {
        Optional<Element> form = e.closest("form");
        boolean validated = form.map(f -> !f.has("novalidate")).orElse(true);
        if (validated) out.passed(e);
        else out.cantTell(e, REQUIRED_CHECK);
      } else if (e.token("aria-required").orElse("").equals("true")) {
        out.cantTell(e, REQUIRED_CHECK);
      }
    }
  }

  private static boolean referencesText(IdResolver ids, Element e, String attr) {
    for (String id : AsciiWhitespace.split(e.attrOr(attr, ""))) {
      Optional<Element> t = ids.target(e, id);
      if (t.isPresent() && !Markup.isWhitespace(t.get().textContent() + t.get().attrOr("aria-label", ""))) return true;
    }
    return false;
  }

  private static boolean liveRegion(Page page) {
    return page.elements().stream().anyMatch(x -> x.has("aria-live")
        || Markup.roleTokens(x).stream().findFirst().map(r -> r.equals("alert") || r.equals("status")).orElse(false));
  }

  /** Text in the field's container (its parent, or the label's parent) beyond labels: maybe an unlinked message. */
  private static boolean containerHasOtherText(Element field, Map<Element, Boolean> memo) {
    Element p = field.parent();
    if (p != null && p.is("label")) p = p.parent();
    if (p == null) return false;
    return memo.computeIfAbsent(p, FormFieldErrorMessage::hasOtherText);
  }

  private static boolean hasOtherText(Element p) {
    String text = p.textContent();
    for (Element label : p.descendants().filter(d -> d.is("label", "legend", "option")).toList()) {
      text = text.replace(label.textContent(), "");
    }
    return !Markup.isWhitespace(text);
  }
}
