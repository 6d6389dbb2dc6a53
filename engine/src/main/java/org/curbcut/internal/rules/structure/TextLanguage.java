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
  private static final Map<String, Set<String>> WORDS = new HashMap<>();
  private static final Map<String, String> FAMILY = new HashMap<>();
  private static final Set<String> LOREM = new HashSet<>();
  private static final Set<String> ANY_FUNCTION_WORD = new HashSet<>();
  /** The word-listed languages, in the order {@link #matches} compares them (that of {@code WORDS}' keys: ties go to the first). */
  private static final String[] LANGUAGES;
  /**
   * For each function word, the indexes in {@link #LANGUAGES} of the languages that list it: one
   * pass over a sample's words counts every language's hits, where a pass per language was the
   * largest cost of the language rules.
   */
  private static final Map<String, int[]> LANGUAGES_OF_WORD = new HashMap<>();

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
    LANGUAGES = WORDS.keySet().toArray(new String[0]);
    for (int l = 0; l < LANGUAGES.length; l++) {
      for (String w : WORDS.get(LANGUAGES[l])) {
        int[] old = LANGUAGES_OF_WORD.get(w);
        int[] langs = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
        langs[langs.length - 1] = l;
        LANGUAGES_OF_WORD.put(w, langs);
      }
    }
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
     * For each language of {@link #LANGUAGES}, by index, the share of words that are its function
     * words; 0 when fewer than {@value #MIN_DISTINCT} different ones occur (a few repeated words
     * are no evidence). One pass over the words: each word is looked up once, not once per language.
     */
    double[] functionShares() {
      int[] hits = new int[LANGUAGES.length];
      int[] distinct = new int[LANGUAGES.length];
      Set<String> seen = new HashSet<>();
      for (String w : words) {
        int[] langs = LANGUAGES_OF_WORD.get(w);
        if (langs == null) continue;
        boolean first = seen.add(w);
        for (int l : langs) {
          hits[l]++;
          if (first) distinct[l]++;
        }
      }
      double[] shares = new double[LANGUAGES.length];
      for (int l = 0; l < shares.length; l++) {
        shares[l] = words.isEmpty() || distinct[l] < MIN_DISTINCT ? 0 : (double) hits[l] / words.size();
      }
      return shares;
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
        if (hasCamelCase(word)) sample.symbolCount += 3;
        sample.words.add(word.toString().toLowerCase(Locale.ROOT).replace('’', '\''));
        word.setLength(0);
      }
    }

    /**
     * Whether a lower-case letter is followed by an upper-case one (what the regular expression
     * {@code \p{Ll}\p{Lu}} finds, by code point), without a matcher per word.
     */
    private static boolean hasCamelCase(CharSequence word) {
      boolean lower = false;
      for (int i = 0; i < word.length(); ) {
        int c = Character.codePointAt(word, i);
        i += Character.charCount(c);
        int type = Character.getType(c);
        if (lower && type == Character.UPPERCASE_LETTER) return true;
        lower = type == Character.LOWERCASE_LETTER;
      }
      return false;
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
    double[] shares = s.functionShares();
    double own = 0;
    String best = null;
    double bestShare = 0;
    for (int l = 0; l < LANGUAGES.length; l++) {
      double share = shares[l];
      if (LANGUAGES[l].equals(primary)) own = share;
      if (share > bestShare) {
        bestShare = share;
        best = LANGUAGES[l];
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
