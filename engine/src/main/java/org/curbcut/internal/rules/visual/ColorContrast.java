package org.curbcut.internal.rules.visual;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.curbcut.rules.ContrastRatio;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.rules.UnreadStyleSheets;
import org.curbcut.snapshot.Element;

/**
 * ACT afw4f7 "Text has minimum contrast" (WCAG 1.4.3, AA).
 * Applicability: visible characters of text nodes whose parent is an HTML element, except text of
 * disabled widgets and of their labels. Expectation: the highest possible contrast of the text with
 * its background is at least 4.5:1, or 3:1 for large-scale text. The computation is
 * {@link TextContrast}; what it cannot resolve is cantTell. A failure with one colour pair also names
 * the nearest pair that would pass ({@link ContrastSuggestion}), as advice: colours are the
 * owner's design decision, so no fixer changes them.
 */
public final class ColorContrast implements Rule {
  static final MessageKey<ContrastRatio> BELOW = MessageKey.of("below", ContrastRatio.class, ColorContrast::measured);
  static final MessageKey<ContrastRatio> RANGE = MessageKey.of("range", ContrastRatio.class, ColorContrast::measured);
  static final MessageKey<ContrastRatio> BELOW_SUGGEST_TEXT = MessageKey.of("below-suggest-text", ContrastRatio.class,
      d -> suggested(d, d.suggestion().foreground()));
  static final MessageKey<ContrastRatio> BELOW_SUGGEST_BACKGROUND = MessageKey.of("below-suggest-background", ContrastRatio.class,
      d -> suggested(d, d.suggestion().background()));
  static final MessageKey<ContrastRatio> UNKNOWN_SIZE = MessageKey.of("unknown-size", ContrastRatio.class,
      d -> new Object[] {Contrast.format(d.ratio()), d.foreground(), d.background()});
  static final MessageKey<ContrastRatio> UNKNOWN_RANGE = MessageKey.of("unknown-range", ContrastRatio.class,
      d -> new Object[] {Contrast.format(d.ratio()), Contrast.format(d.highestRatio()), Contrast.format(d.required())});
  /** The page's texts whose colours depend on style sheets that were not read: one finding per page. */
  static final MessageKey<UnreadStyleSheets> UNREAD_SHEETS = UnreadSheetTargets.messageKey();
  /** cantTell, by the reason {@link TextContrast} gives: {@code unknown-<reason>}. */
  private static final Map<String, MessageKey<Diagnostic>> UNKNOWN = unknownKeys();
  /** The messages both contrast rules report. */
  static final List<MessageKey<?>> MESSAGES = messages();
  private static final RuleMeta META = RuleMeta.of(ColorContrast.class, "color-contrast", List.of("afw4f7"),
      List.of("1.4.3"), Level.AA, Impact.SERIOUS)
      .withMessages(MESSAGES);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    report(ctx, out, 4.5, 3);
  }

  /** Reports every target against the normal and large-text thresholds. */
  static void report(RuleContext ctx, Outcomes out, double normal, double large) {
    UnreadSheetTargets unread = new UnreadSheetTargets();
    for (Map.Entry<Element, TextContrast.Result> t : TextContrast.results(ctx).entrySet()) {
      Element e = t.getKey();
      TextContrast.Result r = t.getValue();
      switch (r.kind()) {
        case INAPPLICABLE -> { }
        case CANT_TELL -> {
          if (!TextContrast.isUnreadSheet(r.reason()) || !unread.add(e)) out.cantTell(e, unknown(r.reason()));
        }
        case MEASURED -> {
          double required = r.large().isTrue() ? large : normal;
          if (r.min() >= required) {
            out.passed(e, new ContrastRatio(hex(r.fg()), hex(r.bg()), r.min(), r.max(), required, null));
          } else if (r.max() < (r.large().isUnknown() ? large : required)) {
            boolean range = r.max() - r.min() > 0.05;
            var suggestion = range ? java.util.Optional.<ContrastSuggestion.Suggestion>empty()
                : ContrastSuggestion.suggest(r.fg(), r.bg(), required);
            if (suggestion.isPresent()) {
              // one colour pair: propose the nearest pair that passes (the owner decides; never applied)
              ContrastSuggestion.Suggestion s = suggestion.get();
              out.failed(e, s.textChanged() ? BELOW_SUGGEST_TEXT : BELOW_SUGGEST_BACKGROUND, new ContrastRatio(r.fg().hex(),
                  r.bg().hex(), r.min(), r.max(), required, new ContrastRatio.Suggestion(s.fg().hex(), s.bg().hex(), s.ratio())));
            } else {
              out.failed(e, range ? RANGE : BELOW, new ContrastRatio(r.fg().hex(), r.bg().hex(), r.min(), r.max(), required, null));
            }
          } else if (r.large().isUnknown() && r.max() < normal && r.min() >= large) {
            out.cantTell(e, UNKNOWN_SIZE, new ContrastRatio(r.fg().hex(), r.bg().hex(), r.min(), r.max(), required, null));
          } else {
            out.cantTell(e, UNKNOWN_RANGE, new ContrastRatio(hex(r.fg()), hex(r.bg()), r.min(), r.max(), required, null));
          }
        }
      }
    }
    unread.report(out, UNREAD_SHEETS);
  }

  /** Ratio, colours, required ratio and highest ratio: {@code below} and {@code range}. */
  private static Object[] measured(ContrastRatio d) {
    return new Object[] {Contrast.format(d.ratio()), d.foreground(), d.background(), Contrast.format(d.required()),
        Contrast.format(d.highestRatio())};
  }

  /** As {@link #measured}, then the changed colour and the ratio of the suggested pair. */
  private static Object[] suggested(ContrastRatio d, String changed) {
    Object[] m = measured(d);
    return new Object[] {m[0], m[1], m[2], m[3], m[4], changed, Contrast.format(d.suggestion().ratio())};
  }

  private static Map<String, MessageKey<Diagnostic>> unknownKeys() {
    Map<String, MessageKey<Diagnostic>> keys = new LinkedHashMap<>();
    for (String reason : new java.util.TreeSet<>(TextContrast.reasons())) keys.put(reason, MessageKey.of("unknown-" + reason));
    return keys;
  }

  private static List<MessageKey<?>> messages() {
    List<MessageKey<?>> all = new ArrayList<>(List.of(BELOW, RANGE, BELOW_SUGGEST_TEXT, BELOW_SUGGEST_BACKGROUND,
        UNKNOWN_SIZE, UNKNOWN_RANGE, UNREAD_SHEETS));
    all.addAll(UNKNOWN.values());
    return List.copyOf(all);
  }

  /** The message for a reason TextContrast gives; every reason it can give has one. */
  static MessageKey<Diagnostic> unknown(String reason) {
    MessageKey<Diagnostic> key = UNKNOWN.get(reason);
    if (key == null) throw new IllegalStateException("no message for the contrast reason " + reason);
    return key;
  }

  private static String hex(Rgba c) {
    return c == null ? null : c.hex();
  }
}
