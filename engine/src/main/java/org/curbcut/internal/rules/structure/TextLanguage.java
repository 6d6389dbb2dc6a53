package org.curbcut.internal.rules.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.curbcut.snapshot.Tri;

/**
 * Whether a text is written in a given language, decided only when the evidence is strong: the
 * text is natural language (enough words of letters, not code, not Lorem ipsum) and either its
 * writing system rules the language out, or the function words of one language (data file
 * {@code function-words.txt}) make up a large share of its words while those of the other are
 * nearly absent. Everything else is unknown: short snippets, names, mixed or related languages,
 * languages without a word list. Close relatives (Danish, Norwegian and Swedish; Spanish,
 * Portuguese, Catalan, Galician and Italian; ...) are never told apart.
 */
final class TextLanguage {
  /** Fewer words than this is not enough text to tell a language by. */
  static final int MIN_WORDS = 20;
  /** Only this many words are read: enough to decide, and a large page costs no more. */
  private static final int MAX_WORDS = 2000;
  /** The share of a text's words a language's function words make up in running text of it. */
  private static final double LANGUAGE_SHARE = 0.22;
  /** A declared language whose function words make up less than this share is not the text's. */
  private static final double ABSENT_SHARE = 0.04;
  /** Fewer different function words than this are no evidence of a language. */
  static final int MIN_DISTINCT = 5;
  /** A text in which this share of words is Lorem ipsum is a placeholder. */
  private static final double LOREM_SHARE = 0.15;

  /** Characters of program code and markup that running prose hardly uses. */
  private static final String CODE_CHARACTERS = "{}[]<>=;$\\|`#*+@^~_";
  private static final java.util.regex.Pattern CAMEL_CASE = java.util.regex.Pattern.compile("\\p{Ll}\\p{Lu}");
  private static final Map<String, Set<String>> WORDS = new HashMap<>();
  private static final Map<String, String> FAMILY = new HashMap<>();
  private static final Set<String> LOREM = new HashSet<>();
  private static final Set<String> ANY_FUNCTION_WORD = new HashSet<>();

  static {
    for (String line : Markup.dataLines("function-words.txt")) {
      int colon = line.indexOf(':');
      String head = line.substring(0, colon).trim();
      String family = head.substring(head.indexOf('[') + 1, head.indexOf(']')).trim();
      Set<String> words = Set.of(line.substring(colon + 1).trim().split("\\s+"));
      ANY_FUNCTION_WORD.addAll(words);
      for (String lang : head.substring(0, head.indexOf('[')).trim().split(",")) {
        WORDS.put(lang.trim(), words);
        FAMILY.put(lang.trim(), family.isEmpty() ? lang.trim() : family);
      }
    }
    for (String line : Markup.dataLines("lorem-ipsum-words.txt")) LOREM.addAll(List.of(line.split("\\s+")));
  }

  /** What a text sample is, as far as telling its language goes. */
  enum Kind { NATURAL, TOO_SHORT, NOT_LANGUAGE, LOREM_IPSUM }

  /** The words and letters of a sample. */
  static final class Sample {
    final List<String> words = new ArrayList<>();
    /** The start of the text as written, for short texts such as a language's own name. */
    final StringBuilder start = new StringBuilder();
    final Map<Character.UnicodeScript, Integer> letters = new HashMap<>();
    int letterCount;
    int symbolCount;

    /** Whether the sample can tell a language at all. */
    Kind kind() {
      // scripts without spaces between words (Chinese, Japanese, Thai) are counted in letters
      boolean enough = words.size() >= MIN_WORDS || letterCount >= MIN_WORDS * 5 && dominantScript() != Character.UnicodeScript.LATIN;
      if (!enough) return Kind.TOO_SHORT;
      // code: braces, operators and camelCase identifiers, which prose hardly has
      if (symbolCount * 20 > letterCount) return Kind.NOT_LANGUAGE;
      int lorem = 0;
      for (String w : words) {
        if (LOREM.contains(w) && !ANY_FUNCTION_WORD.contains(w)) lorem++;
      }
      if (lorem >= LOREM_SHARE * words.size()) return Kind.LOREM_IPSUM;
      // an alphabetical index, initials or a list of symbols is not running text
      long single = words.stream().filter(w -> w.codePointCount(0, w.length()) == 1).count();
      if (single * 3 > words.size() && dominantScript() == Character.UnicodeScript.LATIN) return Kind.NOT_LANGUAGE;
      return Kind.NATURAL;
    }

    Character.UnicodeScript dominantScript() {
      Character.UnicodeScript best = null;
      int most = 0;
      for (Map.Entry<Character.UnicodeScript, Integer> e : letters.entrySet()) {
        if (e.getValue() > most) {
          most = e.getValue();
          best = e.getKey();
        }
      }
      return best;
    }

    double scriptShare(Character.UnicodeScript... scripts) {
      if (letterCount == 0) return 0;
      int n = 0;
      for (Character.UnicodeScript s : scripts) n += letters.getOrDefault(s, 0);
      return (double) n / letterCount;
    }

    /**
     * The share of words that are function words of the language; 0 when fewer than
     * {@value #MIN_DISTINCT} different ones occur (a few repeated words are no evidence).
     */
    double functionShare(String lang) {
      Set<String> list = WORDS.get(lang);
      if (list == null || words.isEmpty()) return 0;
      int hits = 0;
      Set<String> distinct = new HashSet<>();
      for (String w : words) {
        if (list.contains(w)) {
          hits++;
          distinct.add(w);
        }
      }
      return distinct.size() < MIN_DISTINCT ? 0 : (double) hits / words.size();
    }
  }

  private TextLanguage() {}

  /** Collects words and letters from pieces of text, up to the words it needs. */
  static final class Collector {
    private final Sample sample = new Sample();

    /** False once enough has been read. */
    boolean add(String text) {
      if (sample.start.length() < 100) sample.start.append(text).append(' ');
      StringBuilder word = new StringBuilder();
      for (int i = 0; i < text.length() && sample.words.size() < MAX_WORDS; ) {
        int c = text.codePointAt(i);
        i += Character.charCount(c);
        if (Character.isLetter(c) || (word.length() > 0 && (c == '\'' || c == '’' || c == '-'))) {
          if (Character.isLetter(c)) {
            sample.letterCount++;
            sample.letters.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
          }
          word.appendCodePoint(c);
        } else {
          if (CODE_CHARACTERS.indexOf(c) >= 0) sample.symbolCount++;
          flush(word);
        }
      }
      flush(word);
      return sample.words.size() < MAX_WORDS;
    }

    private void flush(StringBuilder word) {
      if (word.length() > 0) {
        if (CAMEL_CASE.matcher(word).find()) sample.symbolCount += 3;
        sample.words.add(word.toString().toLowerCase(Locale.ROOT).replace('’', '\''));
        word.setLength(0);
      }
    }

    Sample sample() {
      return sample;
    }
  }

  /**
   * Whether the sample is written in the language of this primary subtag: TRUE or FALSE only on
   * strong evidence, else UNKNOWN (also for samples that are not natural language).
   */
  static Tri matches(Sample s, String primary) {
    if (s.kind() != Kind.NATURAL) return Tri.UNKNOWN;
    Tri byScript = byScript(s, primary);
    if (!byScript.isUnknown()) return byScript;
    if (!WORDS.containsKey(primary) || s.dominantScript() != Character.UnicodeScript.LATIN) return Tri.UNKNOWN;
    double own = s.functionShare(primary);
    String best = null;
    double bestShare = 0;
    for (String lang : WORDS.keySet()) {
      double share = s.functionShare(lang);
      if (share > bestShare) {
        bestShare = share;
        best = lang;
      }
    }
    if (best == null) return Tri.UNKNOWN;
    boolean related = FAMILY.get(best).equals(FAMILY.get(primary));
    // the declared language leads (a relative leading instead is no confirmation: cantTell)
    if (own >= LANGUAGE_SHARE * 0.7 && own >= bestShare * 0.9 && (best.equals(primary) || !related)) return Tri.TRUE;
    if (!related && bestShare >= LANGUAGE_SHARE && own < ABSENT_SHARE) return Tri.FALSE;
    return Tri.UNKNOWN;
  }

  /**
   * Whether a short text is the name of the language in that language ("Deutsch" in
   * {@code lang="de"}, "中文 (简体)" in {@code lang="zh-CN"}): the entries of a language menu or of
   * links to other language versions. The names come from the JDK's locale data (CLDR).
   */
  static boolean isOwnName(Sample s, String tag) {
    if (s.words.size() > 4) return false;
    Locale locale = Locale.forLanguageTag(tag.trim());
    if (locale.getLanguage().isEmpty()) return false;
    String text = normalise(s.start.toString(), locale);
    if (text.isEmpty()) return false;
    for (String name : List.of(locale.getDisplayLanguage(locale), locale.getDisplayName(locale))) {
      String n = normalise(name, locale);
      // the JDK answers with the code itself when it has no name for the language
      if (n.isEmpty() || n.equals(locale.getLanguage())) continue;
      if (text.equals(n) || text.startsWith(n + " ") || text.startsWith(n) && n.length() >= 4 || text.contains(" " + n)) return true;
    }
    return false;
  }

  private static String normalise(String text, Locale locale) {
    return text.toLowerCase(locale).replaceAll("[^\\p{L}\\p{M}]+", " ").trim();
  }

  /** Writing systems that decide by themselves: a Latin-script language under a text in another script. */
  private static Tri byScript(Sample s, String primary) {
    double latin = s.scriptShare(Character.UnicodeScript.LATIN);
    if (WORDS.containsKey(primary)) {
      // a word-listed language is written in the Latin script: almost no Latin letters rules it out
      return latin < 0.05 && s.letterCount >= MIN_WORDS * 5 ? Tri.FALSE : Tri.UNKNOWN;
    }
    double kana = s.scriptShare(Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA);
    double han = s.scriptShare(Character.UnicodeScript.HAN);
    switch (primary) {
      case "ja":
        if (kana >= 0.1) return Tri.TRUE;
        return latin > 0.9 ? Tri.FALSE : Tri.UNKNOWN;
      case "zh":
        if (han >= 0.8 && kana < 0.01) return Tri.TRUE;
        if (kana >= 0.1) return Tri.FALSE;
        return latin > 0.9 ? Tri.FALSE : Tri.UNKNOWN;
      case "ko":
        if (s.scriptShare(Character.UnicodeScript.HANGUL) >= 0.5) return Tri.TRUE;
        return latin > 0.9 ? Tri.FALSE : Tri.UNKNOWN;
      case "el":
        if (s.scriptShare(Character.UnicodeScript.GREEK) >= 0.8) return Tri.TRUE;
        return latin > 0.9 ? Tri.FALSE : Tri.UNKNOWN;
      default:
        return Tri.UNKNOWN;
    }
  }
}
