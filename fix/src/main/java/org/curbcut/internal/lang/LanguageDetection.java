package org.curbcut.internal.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Detects the main language of a text with Lingua, and answers only when it is confident: enough
 * text, and a clear lead of the best language over the next. The candidate languages are the
 * most used languages of the web, which keeps memory modest.
 *
 * <p>Speed matters because this runs inside every page repair: the sample is capped at 500
 * characters, and a sample of at least {@value #LOW_ACCURACY_LETTERS} letters goes to Lingua's
 * low-accuracy mode (trigrams only), which its authors recommend for texts of that length and
 * which is faster than the high-accuracy mode kept for short samples. Answers are cached by
 * sample (a few hundred entries): the pages of one site, and every view of one page through the
 * proxy, mostly begin with the same text, and one detection costs about as much as a page audit.
 */
public final class LanguageDetection {
  private static final int MIN_LETTERS = 40;
  private static final double MIN_CONFIDENCE = 0.75;
  private static final int MAX_CHARS = 500;
  private static final int LOW_ACCURACY_LETTERS = 200;

  private static final Language[] CANDIDATES = {
      Language.ENGLISH, Language.SPANISH, Language.GERMAN, Language.FRENCH, Language.PORTUGUESE,
      Language.ITALIAN, Language.DUTCH, Language.POLISH, Language.RUSSIAN, Language.UKRAINIAN,
      Language.TURKISH, Language.SWEDISH, Language.DANISH, Language.BOKMAL, Language.FINNISH,
      Language.CZECH, Language.HUNGARIAN, Language.ROMANIAN, Language.GREEK, Language.ARABIC,
      Language.HEBREW, Language.PERSIAN, Language.HINDI, Language.CHINESE, Language.JAPANESE,
      Language.KOREAN, Language.VIETNAMESE, Language.INDONESIAN, Language.THAI, Language.CATALAN};

  private static volatile LanguageDetector accurate;
  private static volatile LanguageDetector fast;

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

  private static LanguageDetector detector(boolean longSample) {
    if (longSample ? fast == null : accurate == null) {
      synchronized (LanguageDetection.class) {
        if (longSample && fast == null) {
          fast = LanguageDetectorBuilder.fromLanguages(CANDIDATES).withMinimumRelativeDistance(0.1)
              .withLowAccuracyMode().build();
        } else if (!longSample && accurate == null) {
          accurate = LanguageDetectorBuilder.fromLanguages(CANDIDATES).withMinimumRelativeDistance(0.1).build();
        }
      }
    }
    return longSample ? fast : accurate;
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
    SortedMap<Language, Double> values = detector(letters >= LOW_ACCURACY_LETTERS).computeLanguageConfidenceValues(sample);
    if (values.isEmpty()) return Optional.empty();
    Map.Entry<Language, Double> best = values.entrySet().iterator().next();
    if (best.getValue() < MIN_CONFIDENCE || best.getKey() == Language.UNKNOWN) return Optional.empty();
    String tag = best.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    if (best.getKey() == Language.BOKMAL) tag = "nb";
    String name = best.getKey().name().charAt(0) + best.getKey().name().substring(1).toLowerCase(Locale.ROOT);
    return Optional.of(new Guess(tag, name, best.getValue()));
  }
}
