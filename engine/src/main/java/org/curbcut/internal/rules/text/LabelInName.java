package org.curbcut.internal.rules.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.rules.Impact;
import org.curbcut.rules.LabelAndName;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;

/**
 * ACT 2ee8b8 "Visible label is part of accessible name".
 * Applicability: HTML elements included in the accessibility tree whose semantic role is a widget
 * that supports name from content (button, link, checkbox, menuitem, tab, ...), that have visible
 * text content, and whose name is set with {@code aria-label} or {@code aria-labelledby}.
 * Expectation: the visible inner text is contained in the accessible name according to the
 * label-in-name algorithm: both lower-cased, text in round brackets dropped, split into words of
 * letters and digits (punctuation, symbols and emoji ignored), and the label's words must be a
 * contiguous run of the name's words.
 *
 * <p>Where the ACT rule leaves it to a person the result is cantTell, never failed: a label that
 * is a single letter or drawn in an icon font (probably an icon, i.e. non-text content), words
 * that match only when hyphens are read differently ("non-standard" / "nonstandard"), a label
 * word ending in a period that starts a name word (an abbreviation, "Ave." / "Avenue"), and text
 * whose visibility or layout depends on CSS a static reading cannot resolve.
 */
public final class LabelInName implements Rule {
  private static final java.util.regex.Pattern NOT_WORD_OR_SPACE =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}\\p{M}\\s]+");
  private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("(\\p{L}+)\\.");
  static final MessageKey<LabelAndName> NOT_CONTAINED = MessageKey.of("not-contained", LabelAndName.class,
      (t, d) -> new Object[] {TextChecks.describe(t), d.label(), d.name()});
  static final MessageKey<LabelAndName> WORDING = MessageKey.of("wording", LabelAndName.class,
      (t, d) -> new Object[] {TextChecks.describe(t), d.label(), d.name()});
  static final MessageKey<LabelAndName> SINGLE_LETTER = MessageKey.of("single-letter", LabelAndName.class,
      (t, d) -> new Object[] {TextChecks.describe(t), d.label(), d.name()});
  static final MessageKey<LabelAndName> ICON_FONT = MessageKey.of("icon-font", LabelAndName.class,
      (t, d) -> new Object[] {TextChecks.describe(t), d.label(), d.name()});
  static final MessageKey<LabelAndName> UNCERTAIN = MessageKey.of("uncertain", LabelAndName.class,
      (t, d) -> new Object[] {TextChecks.describe(t), d.label(), d.name()});
  private static final RuleMeta META = RuleMeta.of(LabelInName.class, "label-in-name",
      List.of("2ee8b8"), List.of("2.5.3"), Level.A, Impact.SERIOUS)
      .withMessages(NOT_CONTAINED, WORDING, SINGLE_LETTER, ICON_FONT, UNCERTAIN);
  private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!e.isHtml()) continue;
      if (!e.has("aria-label") && !e.has("aria-labelledby")) continue;
      if (!RoleFacts.isWidgetNamedFromContent(TextChecks.role(ctx, e))) continue;
      Tri hidden = TextChecks.hidden(ctx, e);
      if (hidden.isTrue()) continue;
      VisibleText text = VisibleText.of(e);
      boolean anyText = !text.withUncertain().isBlank();
      if (!anyText) continue; // no visible text content: inapplicable
      AccessibleName name = ctx.aria().name(e);
      String label = TextChecks.normalize(text.withUncertain());
      String nameText = TextChecks.normalize(name.value());
      LabelAndName found = new LabelAndName(label, nameText);

      Tri with = contains(text.withUncertain(), name.value());
      Tri without = text.withoutUncertain().isBlank() ? Tri.TRUE : contains(text.withoutUncertain(), name.value());
      Tri result = with == without ? with : Tri.UNKNOWN;
      if (result.isTrue()) {
        out.passed(e);
      } else if (nameText.isEmpty()) {
        // with visible content the name cannot be empty (aria-labelledby to nothing falls back
        // to the content), so an empty name here means the name is not known
        out.cantTell(e, UNCERTAIN, found);
      } else if (text.iconFont()) {
        out.cantTell(e, ICON_FONT, found);
      } else if (isSingleLetter(text.withUncertain())) {
        out.cantTell(e, SINGLE_LETTER, found);
      } else if (result.isUnknown() && !text.uncertain() && name.known() == Tri.TRUE && hidden.isFalse()) {
        out.cantTell(e, WORDING, found);
      } else if (result.isUnknown() || text.uncertain() || name.known() != Tri.TRUE || hidden.isUnknown()) {
        out.cantTell(e, UNCERTAIN, found);
      } else {
        out.failed(e, NOT_CONTAINED, found);
      }
    }
  }

  /** True when the label is one letter (not a digit): most likely an icon such as "X". */
  static boolean isSingleLetter(String label) {
    List<String> words = words(label.toLowerCase(Locale.ROOT), false);
    return words.size() == 1 && words.get(0).codePointCount(0, words.get(0).length()) == 1
        && Character.isLetter(words.get(0).codePointAt(0));
  }

  /**
   * The label-in-name algorithm. TRUE when the label's words are a contiguous run of the name's
   * words under every reading of hyphens and abbreviations; FALSE when under none; UNKNOWN when
   * the readings disagree.
   */
  static Tri contains(String label, String name) {
    String l = prepare(label);
    String n = prepare(name);
    boolean split = isContiguous(words(l, false), words(n, false), List.of());
    boolean joined = isContiguous(words(l, true), words(n, true), List.of());
    boolean abbreviated = isContiguous(words(l, false), words(n, false), abbreviations(l));
    if (split && joined) return Tri.TRUE;
    if (!split && !joined && !abbreviated) return Tri.FALSE;
    return Tri.UNKNOWN;
  }

  private static String prepare(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String prev;
    do {
      prev = t;
      t = BRACKETS.matcher(t).replaceAll(" ");
    } while (!t.equals(prev));
    return t;
  }

  /**
   * Words of letters and digits. With {@code joined}, characters other than letters, digits and
   * white space do not split words ("non-standard" is one word "nonstandard").
   */
  static List<String> words(String s, boolean joined) {
    String t = joined ? NOT_WORD_OR_SPACE.matcher(s).replaceAll("") : s;
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(t);
    while (m.find()) out.add(m.group());
    return out;
  }

  /** Label words written as abbreviations: letters followed directly by a period ("ave."). */
  private static List<String> abbreviations(String label) {
    List<String> out = new ArrayList<>();
    Matcher m = ABBREVIATION.matcher(label);
    while (m.find()) out.add(m.group(1));
    return out;
  }

  private static boolean isContiguous(List<String> label, List<String> name, List<String> abbreviations) {
    if (label.isEmpty()) return true;
    for (int start = 0; start + label.size() <= name.size(); start++) {
      boolean all = true;
      for (int i = 0; i < label.size() && all; i++) {
        String lw = label.get(i);
        String nw = name.get(start + i);
        all = lw.equals(nw) || (abbreviations.contains(lw) && nw.startsWith(lw));
      }
      if (all) return true;
    }
    return false;
  }
}
