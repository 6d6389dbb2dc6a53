package org.curbcut.internal.rules.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.curbcut.internal.aria.Aria;
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
 * field [webauthn]}, where the contact token may only precede a contact field (data file
 * {@code autofill-tokens.txt}).
 */
public final class AutocompleteValid implements Rule {
  static final MessageKey<AttributeValue> INVALID = MessageKey.of("invalid", AttributeValue.class,
      d -> new Object[] {d.value()});
  private static final RuleMeta META = RuleMeta.of(AutocompleteValid.class, "autocomplete-valid",
      List.of("73f2c2"), List.of("1.3.5"), Level.AA, Impact.SERIOUS)
      .withMessages(INVALID);
  private static final Map<String, String> TOKENS = load();
  private static final Set<String> NO_AUTOFILL_TYPES = Set.of("hidden", "button", "submit", "reset", "image",
      "checkbox", "radio", "file");

  @Override
  public RuleMeta meta() {
    return META;
  }

  private static Map<String, String> load() {
    Map<String, String> m = new HashMap<>();
    for (String line : Markup.dataLines("autofill-tokens.txt")) {
      String[] p = line.split("\\s+");
      m.put(p[1], p[0]);
    }
    return m;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!e.is("input", "select", "textarea") || Markup.inTemplate(e)) continue;
      if (e.is("input") && NO_AUTOFILL_TYPES.contains(e.token("type").orElse("text"))) continue;
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
    String[] tokens = value.strip().split("[ \\t\\n\\f\\r]+");
    int i = 0;
    if (i < tokens.length && tokens[i].startsWith("section-") && tokens[i].length() > "section-".length()) i++;
    if (i < tokens.length && "mode".equals(TOKENS.get(tokens[i]))) i++;
    boolean hint = false;
    if (i < tokens.length && "hint".equals(TOKENS.get(tokens[i]))) {
      hint = true;
      i++;
    }
    if (i >= tokens.length) return false;
    String kind = TOKENS.get(tokens[i]);
    if (!"field".equals(kind) && !"contact".equals(kind)) return false;
    if (hint && !"contact".equals(kind)) return false;
    i++;
    if (i < tokens.length && "after".equals(TOKENS.get(tokens[i]))) i++;
    return i == tokens.length;
  }
}
