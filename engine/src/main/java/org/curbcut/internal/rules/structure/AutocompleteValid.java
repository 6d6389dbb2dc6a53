package org.curbcut.internal.rules.structure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.curbcut.internal.aria.Aria;
import org.curbcut.internal.standards.AsciiWhitespace;
import org.curbcut.internal.standards.Autofill;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.internal.standards.Autofill.Kind;
import org.curbcut.rules.AttributeValue;
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
 * ACT 73f2c2 "Autocomplete attribute has valid value".
 * Applicability: an {@code input} (not of a type whose value is fixed or hidden), {@code select}
 * or {@code textarea} with an {@code autocomplete} value that is not empty, white space or
 * {@code off}/{@code on}; not disabled (nor aria-disabled); visible or in the accessibility tree;
 * and a widget (no explicit non-widget role) or in the tab order. Expectation: the value is a
 * valid autofill detail token list: {@code [section-*] [shipping|billing] [home|work|mobile|fax|pager]
 * field [webauthn]}, where the contact token may only precede a contact field (the standards'
 * {@link Autofill} tokens).
 */
public final class AutocompleteValid implements Rule {
  static final MessageKey<AttributeValue> INVALID = MessageKey.of("invalid", AttributeValue.class,
      d -> new Object[] {d.value()});
  private static final RuleMeta META = RuleMeta.of(AutocompleteValid.class, "autocomplete-valid",
      List.of("73f2c2"), List.of("1.3.5"), Level.AA, Impact.SERIOUS)
      .withMessages(INVALID);
  private static final HtmlStandards HTML = HtmlStandards.get();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!e.isHtml() || !HTML.isFieldElement(e.name()) || Markup.inTemplate(e)) continue;
      if (e.is("input") && !HTML.isAutofillInputType(HTML.inputTypeState(e.token("type").orElse(null)))) continue;
      Optional<String> value = e.attr("autocomplete").map(v -> v.strip().toLowerCase(Locale.ROOT));
      if (value.isEmpty() || Markup.isWhitespace(value.get()) || value.get().equals("off") || value.get().equals("on")) {
        continue;
      }
      if (Markup.isDisabledOrAriaDisabled(e)) continue;
      Aria aria = ctx.aria(e.page());
      Tri shown = Markup.perceivable(aria, e);
      if (shown.isFalse()) continue;
      boolean widget = aria.roleSpec(e).map(r -> r.is("widget")).orElse(false);
      if (!widget && !aria.isInTabOrder(e).isTrue()) continue;
      if (isValid(value.get())) out.passed(e);
      else if (shown.isTrue()) out.failed(e, INVALID, new AttributeValue("autocomplete", e.attrOr("autocomplete", "").strip()));
      else out.cantTell(e, INVALID, new AttributeValue("autocomplete", e.attrOr("autocomplete", "").strip()));
    }
  }

  /** True for a valid autofill detail token list (already lower-case). */
  static boolean isValid(String value) {
    List<String> tokens = AsciiWhitespace.split(value);
    int i = 0;
    if (i < tokens.size() && tokens.get(i).startsWith("section-") && tokens.get(i).length() > "section-".length()) i++;
    if (i < tokens.size() && kind(tokens.get(i)) == Kind.MODE) i++;
    boolean hint = false;
    if (i < tokens.size() && kind(tokens.get(i)) == Kind.HINT) {
      hint = true;
      i++;
    }
    if (i >= tokens.size()) return false;
    Kind kind = kind(tokens.get(i));
    if (kind != Kind.FIELD && kind != Kind.CONTACT) return false;
    if (hint && kind != Kind.CONTACT) return false;
    i++;
    if (i < tokens.size() && kind(tokens.get(i)) == Kind.AFTER) i++;
    return i == tokens.size();
  }

  private static Kind kind(String token) {
    return Autofill.kind(token).orElse(null);
  }
}
