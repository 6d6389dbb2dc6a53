package org.curbcut.internal.rules.structure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.rules.VisualWords;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Text;

/**
 * ACT 9bd38c "Content has alternative for visual reference" (1.3.3 Sensory Characteristics).
 * Applicability: an HTML page. Expectation: each instruction that refers to content by shape,
 * size, position, orientation or colour also identifies it in a non-visual way. Curbcut finds the
 * English visual reference words (data file {@code visual-reference-words.txt}) in perceivable
 * text: each block holding one is cantTell (a person reads the sentence); an English page without
 * any passes. Pages in other languages are cantTell.
 */
public final class VisualReferenceAlternative implements Rule {
  static final MessageKey<VisualWords> CHECK = MessageKey.of("check", VisualWords.class,
      d -> new Object[] {String.join(", ", d.words()), d.passages()});
  static final MessageKey<Diagnostic> OTHER_LANGUAGE = MessageKey.of("other-language");
  private static final RuleMeta META = RuleMeta.of(VisualReferenceAlternative.class, "visual-reference-alternative",
      List.of("9bd38c"), List.of("1.3.3"), Level.A, Impact.MODERATE)
      .withMessages(CHECK, OTHER_LANGUAGE);
  private static final List<String> WORD_LIST = Markup.dataLines("visual-reference-words.txt");
  private static final Pattern WORDS = Pattern.compile("\\b(" + String.join("|",
      WORD_LIST.stream().map(Pattern::quote).toList()) + ")\\b", Pattern.CASE_INSENSITIVE);
  /**
   * The leading ASCII letters of each word, lower-case. A match of {@link #WORDS} starts a maximal
   * run of ASCII letters equal to one of these (the boundary before it is not a letter, and the
   * word's letters end where the run does), so a text without such a run cannot match: a cheap
   * filter before the regular expression. Null when some word does not start with a letter.
   */
  private static final Set<String> LEADS = leads(WORD_LIST);
  private static final int LONGEST_LEAD = LEADS == null ? 0 : LEADS.stream().mapToInt(String::length).max().orElse(0);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    if (!Markup.isHtmlPage(ctx.page())) return;
    Element root = ctx.page().root();
    String lang = LanguageTags.primarySubtag(root.attrOr("lang", ""));
    if (!lang.equals("en")) {
      out.cantTell(root, OTHER_LANGUAGE);
      return;
    }
    Set<Element> blocks = new LinkedHashSet<>();
    Set<String> words = new java.util.TreeSet<>();
    for (Text t : Markup.pageTexts(ctx, root)) {
      if (!mayMatch(t.data())) continue;
      if (t.parent() == null || LangScopes.languageOwner(t) == null
          || !LanguageTags.primarySubtag(LangScopes.languageOwner(t).attrOr("lang", "")).equals("en")) {
        continue;
      }
      if (t.parent().closest("head", "title").isPresent()) continue;
      Matcher m = WORDS.matcher(t.data());
      if (!m.find()) continue;
      m.reset();
      if (!Markup.perceivable(ctx.aria(), t.parent()).isTrue()) continue;
      boolean found = false;
      while (m.find()) {
        words.add(m.group(1).toLowerCase(Locale.ROOT));
        found = true;
      }
      if (found) blocks.add(block(t.parent()));
    }
    if (blocks.isEmpty()) {
      out.passed(root);
      return;
    }
    // one finding per page: the first passage, with every word found and how many passages hold one
    out.cantTell(blocks.iterator().next(), CHECK, new VisualWords(List.copyOf(words), blocks.size()));
  }

  private static Set<String> leads(List<String> words) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : words) {
      int n = asciiLetters(w, 0);
      if (n == 0) return null;
      out.add(w.substring(0, n).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** The length of the run of ASCII letters at {@code from}. */
  private static int asciiLetters(String s, int from) {
    int i = from;
    while (i < s.length() && isAsciiLetter(s.charAt(i))) i++;
    return i - from;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** False only when no maximal run of ASCII letters in the text is the start of a visual reference word. */
  static boolean mayMatch(String text) {
    if (LEADS == null) return true;
    int i = 0;
    int len = text.length();
    while (i < len) {
      if (!isAsciiLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int n = asciiLetters(text, i);
      if (n <= LONGEST_LEAD && LEADS.contains(text.substring(i, i + n).toLowerCase(Locale.ROOT))) return true;
      i += n;
    }
    return false;
  }

  private static Element block(Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x.is("p", "li", "td", "th", "dd", "dt", "div", "section", "article", "label", "figcaption", "blockquote",
          "h1", "h2", "h3", "h4", "h5", "h6", "button", "a", "body")) {
        return x;
      }
    }
    return e;
  }
}
