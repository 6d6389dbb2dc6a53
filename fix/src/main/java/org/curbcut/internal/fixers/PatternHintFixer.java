package org.curbcut.internal.fixers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.PageTexts;
import org.curbcut.fix.Fixer;
import org.curbcut.rules.RuleResult;

/**
 * pattern-has-hint: writes the format a {@code pattern} demands as a visible hint after the field,
 * referenced by aria-describedby. Only simple patterns (digit, letter and literal runs) are put
 * into words; anything else needs a person. The words are a machine's reading: needs review.
 * The hint is planned with the field's other guidance ({@link FieldGuidance}): a field that also
 * has an undescribed maxlength, min or max gets one hint for both.
 */
final class PatternHintFixer implements Fixer {
  private static final Pattern PIECE = Pattern.compile(
      "\\\\d(\\{(\\d+)(,(\\d+))?})?|\\[0-9](\\{(\\d+)(,(\\d+))?})?|\\[A-Z](\\{(\\d+)(,(\\d+))?})?|\\[a-z](\\{(\\d+)(,(\\d+))?})?"
          + "|\\[A-Za-z](\\{(\\d+)(,(\\d+))?})?|\\\\?([-/.: ])");

  @Override
  public String rule() {
    return "pattern-has-hint";
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    return FormGuidanceFixers.hint(rule(), failure.target(), ctx);
  }

  /** "2 digits / 2 digits / 4 digits" for \d{2}/\d{2}/\d{4}; empty for patterns that are not simple runs. */
  static Optional<String> describe(String pattern, PageTexts texts) {
    String p = pattern.trim();
    if (p.startsWith("^")) p = p.substring(1);
    if (p.endsWith("$")) p = p.substring(0, p.length() - 1);
    if (p.isEmpty()) return Optional.empty();
    Matcher m = PIECE.matcher(p);
    List<String> parts = new ArrayList<>();
    int at = 0;
    while (at < p.length()) {
      if (!m.find(at) || m.start() != at) return Optional.empty();
      String piece = m.group();
      if (m.group(21) != null) {
        parts.add(texts.text("hint.literal", m.group(21)));
      } else {
        String kind = piece.startsWith("\\d") || piece.startsWith("[0-9]") ? "digit"
            : piece.startsWith("[A-Z]") ? "capital" : piece.startsWith("[a-z]") ? "small" : "letter";
        int open = piece.indexOf('{');
        String count = open < 0 ? "1" : piece.substring(open + 1, piece.length() - 1).replace(",", "–");
        parts.add(texts.text("hint." + kind + (count.equals("1") ? ".one" : ".many"), count));
      }
      at = m.end();
    }
    return Optional.of(String.join(" ", parts));
  }
}
