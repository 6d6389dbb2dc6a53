package org.curbcut.internal.rules.widgets;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.Impact;
import org.curbcut.rules.InputLimits;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Rendering;

/**
 * constraint-has-hint (WCAG 3.3.2, no ACT rule). Applicability: a rendered, editable field with a
 * limit the browser enforces silently — {@code maxlength} on a textarea or a text-like input
 * (text, search, tel, url, email, password), or {@code min} and/or {@code max} on a number, date,
 * time, month, week or datetime-local input. Expectation 1: the field's accessible name,
 * description, title or placeholder mentions the limit (one of its numbers appears in it).
 *
 * <p>Judgement calls, each made so that a failure is a real barrier (never a false failure):
 * <ul>
 *   <li>A maxlength of 100 or more on a single-line input is a storage bound (255 on an e-mail
 *   field) that nobody typing a line reaches: inapplicable. On a textarea any maxlength counts.</li>
 *   <li>A number field whose only limit is {@code min="0"} only rules out negative numbers, which
 *   nobody types into a quantity: inapplicable.</li>
 *   <li>One mentioned limit is enough ("Age (18 or over)" with a sanity {@code max="130"}); dates
 *   count as mentioned when their year appears, times when their hour does.</li>
 *   <li>type=email and type=url are not failed for their format: browsers name the problem when
 *   they reject a value, and the shape of an e-mail address or web address is common knowledge,
 *   so a hint would be noise. A {@code pattern} is pattern-has-hint's concern, not this rule's.</li>
 *   <li>An accessible name that the static snapshot cannot compute for sure makes an unmentioned
 *   limit cantTell.</li>
 * </ul>
 */
public final class ConstraintHasHint implements Rule {
  static final MessageKey<InputLimits> UNDESCRIBED = MessageKey.of("undescribed", InputLimits.class,
      d -> new Object[] {d.asMarkup()});
  static final MessageKey<InputLimits> NAME_UNKNOWN = MessageKey.of("name-unknown", InputLimits.class,
      d -> new Object[] {d.asMarkup()});
  private static final RuleMeta META = RuleMeta.of(ConstraintHasHint.class, "constraint-has-hint",
      List.of(), List.of("3.3.2"), Level.A, Impact.MODERATE)
      .withMessages(UNDESCRIBED, NAME_UNKNOWN);
  /** The value syntax of min and max per input type (HTML: invalid values are ignored). */
  private static final Map<String, Pattern> RANGE_TYPES = Map.of(
      "number", Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?"),
      "date", Pattern.compile("\\d{4,}-\\d{2}-\\d{2}"),
      "month", Pattern.compile("\\d{4,}-\\d{2}"),
      "week", Pattern.compile("\\d{4,}-W\\d{2}"),
      "time", Pattern.compile("\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?"),
      "datetime-local", Pattern.compile("\\d{4,}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?"));
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final int SINGLE_LINE_STORAGE_BOUND = 100;
  private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[,.'\\u00a0\\u202f ](?=\\d{3}(?!\\d))");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      Optional<InputLimits> limits = limits(e);
      if (limits.isEmpty() || Rendering.isRendered(e).isFalse() || ctx.aria().isHiddenFromAT(e).isTrue()) continue;
      Described d = described(e, ctx.aria(), limits.get());
      if (d == Described.YES) out.passed(e);
      else if (d == Described.UNKNOWN) out.cantTell(e, NAME_UNKNOWN, limits.get());
      else out.failed(e, UNDESCRIBED, limits.get());
    }
  }

  /** The limits the browser enforces on this field, when it is one this rule applies to. */
  static Optional<InputLimits> limits(Element e) {
    if (e.has("disabled") || e.has("readonly")) return Optional.empty();
    String type = e.token("type").orElse("");
    if (e.is("textarea") || e.is("input") && PatternHasHint.isFreeText(type)) {
      String ml = e.attrOr("maxlength", "").strip();
      if (!DIGITS.matcher(ml).matches() || ml.length() > 9) return Optional.empty();
      int n = Integer.parseInt(ml);
      if (n == 0 || e.is("input") && n >= SINGLE_LINE_STORAGE_BOUND) return Optional.empty();
      return Optional.of(new InputLimits("text", String.valueOf(n), null, null));
    }
    Pattern syntax = e.is("input") ? RANGE_TYPES.get(type) : null;
    if (syntax == null) return Optional.empty();
    String min = e.attr("min").map(String::strip).filter(v -> syntax.matcher(v).matches()).orElse(null);
    String max = e.attr("max").map(String::strip).filter(v -> syntax.matcher(v).matches()).orElse(null);
    if (min == null && max == null) return Optional.empty();
    if (type.equals("number") && max == null && min.matches("-?0*(\\.0*)?")) return Optional.empty();
    return Optional.of(new InputLimits(type, null, min, max));
  }

  private enum Described { YES, NO, UNKNOWN }

  private static Described described(Element e, Aria aria, InputLimits limits) {
    AccessibleName name = aria.name(e);
    AccessibleName description = aria.description(e);
    String text = name.value() + " " + description.value() + " " + e.attrOr("title", "") + " " + e.attrOr("placeholder", "");
    text = THOUSANDS.matcher(text).replaceAll("");
    for (String v : new String[] {limits.maxLength(), limits.min(), limits.max()}) {
      if (v != null && mentions(text, limits.fieldType(), v)) return Described.YES;
    }
    return name.known().and(description.known()).isTrue() ? Described.NO : Described.UNKNOWN;
  }

  /** The limit's number appears in the text (its year for dates, its hour for times). */
  static boolean mentions(String text, String kind, String value) {
    String number = switch (kind) {
      case "text" -> value;
      case "number" -> {
        String v = value.startsWith("-") ? value.substring(1) : value;
        yield v.contains(".") ? v.replaceAll("\\.?0+$", "") : v;
      }
      case "time" -> String.valueOf(Integer.parseInt(value.substring(0, 2)));
      default -> value.substring(0, value.indexOf('-'));
    };
    if (number.isEmpty() || number.equals(".")) number = "0";
    if (!kind.equals("text") && !kind.equals("number") && text.contains(value)) return true;
    return Pattern.compile("(?<![\\d.])0*" + Pattern.quote(number) + "(?![\\d])").matcher(text).find();
  }
}
