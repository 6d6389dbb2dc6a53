package org.curbcut.internal.lang;

import com.github.pemistahl.lingua.api.Language;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Detects the main language of a text with Lingua: it answers when there is enough text (at
 * least {@value #MIN_LETTERS} letters) and Lingua names a language with a confidence of at least
 * {@value #MIN_CONFIDENCE} (Lingua 1.2 gives its best language 1.0 and the others their score
 * relative to it, so in practice the letter count decides).
 *
 * <p>Speed matters because this runs inside every page repair, and the first detection of a
 * process pays for loading Lingua's language models: the sample is capped at {@value #MAX_CHARS}
 * characters, and {@link TwoStageDetector} scores it with trigrams first (cheap to load), loading
 * the full models of a few leading languages only for a short sample whose trigram answer is
 * unclear. The candidate languages are the most used languages of the web, which keeps memory
 * modest. Answers are cached by sample (a few hundred entries): the pages of one site, and every
 * view of one page through the proxy, mostly begin with the same text.
 */
public final class LanguageDetection {
  private static final int MIN_LETTERS = 40;
  private static final double MIN_CONFIDENCE = 0.75;
  private static final int MAX_CHARS = 500;

  private static final Language[] CANDIDATES = {
      Language.ENGLISH, Language.SPANISH, Language.GERMAN, Language.FRENCH, Language.PORTUGUESE,
      Language.ITALIAN, Language.DUTCH, Language.POLISH, Language.RUSSIAN, Language.UKRAINIAN,
      Language.TURKISH, Language.SWEDISH, Language.DANISH, Language.BOKMAL, Language.FINNISH,
      Language.CZECH, Language.HUNGARIAN, Language.ROMANIAN, Language.GREEK, Language.ARABIC,
      Language.HEBREW, Language.PERSIAN, Language.HINDI, Language.CHINESE, Language.JAPANESE,
      Language.KOREAN, Language.VIETNAMESE, Language.INDONESIAN, Language.THAI, Language.CATALAN};

  // Lingua's models are held by Lingua itself, once per process; this holds no page
  private static final TwoStageDetector DETECTOR = new TwoStageDetector(CANDIDATES);

  private static final int CACHE_SIZE = 512;
  private static final Map<String, Optional<Guess>> CACHE = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Guess>> eldest) {
          return size() > CACHE_SIZE;
        }
      });

  /** A detected language with Lingua's confidence. */
  public record Guess(String tag, String englishName, double confidence) {}

  private LanguageDetection() {}

  /** The candidate languages (tests build their own detector over them). */
  static Language[] candidates() {
    return CANDIDATES.clone();
  }

  /** The language of the text, when there is enough of it and the detector is confident. */
  public static Optional<Guess> detect(String text) {
    // whitespace is squashed in a bounded head of the text only: a big page's text is not copied whole
    String head = text.length() > MAX_CHARS * 4 ? text.substring(0, MAX_CHARS * 4) : text;
    String sample = head.replaceAll("\\s+", " ").trim();
    if (sample.length() > MAX_CHARS) sample = sample.substring(0, MAX_CHARS);
    Optional<Guess> known = CACHE.get(sample);
    if (known != null) return known;
    Optional<Guess> guess = compute(sample);
    CACHE.put(sample, guess);
    return guess;
  }

  /** Forgets cached answers (benchmarks measure a first detection with it). */
  public static void clearCache() {
    CACHE.clear();
  }

  private static Optional<Guess> compute(String sample) {
    long letters = sample.codePoints().filter(Character::isLetter).count();
    if (letters < MIN_LETTERS) return Optional.empty();
    Optional<Map.Entry<Language, Double>> found = DETECTOR.best(sample);
    if (found.isEmpty()) return Optional.empty();
    Map.Entry<Language, Double> best = found.get();
    if (best.getValue() < MIN_CONFIDENCE || best.getKey() == Language.UNKNOWN) return Optional.empty();
    String tag = best.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    if (best.getKey() == Language.BOKMAL) tag = "nb";
    String name = best.getKey().name().charAt(0) + best.getKey().name().substring(1).toLowerCase(Locale.ROOT);
    return Optional.of(new Guess(tag, name, best.getValue()));
  }
}
