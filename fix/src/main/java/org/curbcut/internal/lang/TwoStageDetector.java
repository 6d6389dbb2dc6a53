package org.curbcut.internal.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Lingua in two stages, so that a cold start loads little. Lingua reads a language's models from
 * its jar on first use, per language and per n-gram order: the trigram models of the candidates
 * take about 25 MB of heap and half a second, all five orders about 28 MB <em>per language</em>
 * (over 500 MB and several seconds for the 19 candidates that share the Latin script).
 *
 * <ol>
 *   <li>Every sample is first scored with trigrams only (Lingua's low-accuracy mode). For a text
 *       of {@value #LINGUA_SHORT_TEXT} characters or more this is exactly what Lingua's accurate
 *       mode does too, so the answer is final.
 *   <li>On a shorter text, where the accurate mode would add unigrams to fivegrams, the trigram
 *       answer is kept when its lead is clear (the next language scores under
 *       1&nbsp;&minus;&nbsp;{@value #CLEAR_LEAD} of the best). Otherwise only the few leaders (at most
 *       {@value #MAX_LEADERS}, within {@value #LEADER_MARGIN} of the best) are scored with all
 *       orders, which loads the full models of those languages alone.
 * </ol>
 *
 * <p>Lingua scores each language on its own (the sum of its n-gram log-probabilities), so scoring
 * a subset ranks its languages as the full set would. The thresholds were chosen on 2,407 short
 * samples (1,932 user-interface messages in the 30 candidate languages, 475 slices of the
 * real-world pages): the accurate mode over every candidate named the page's language 2,192
 * times, this detector 2,189 times, trigrams alone 2,153 times; the accurate stage ran for 17% of
 * those samples, with 3.5 leaders on average.
 */
final class TwoStageDetector {
  /** Lingua's accurate mode uses trigrams alone from this length of cleaned-up text on. */
  static final int LINGUA_SHORT_TEXT = 120;
  static final double CLEAR_LEAD = 0.1;
  static final double LEADER_MARGIN = 0.15;
  static final int MAX_LEADERS = 4;

  // Lingua's own clean-up before it measures a text's length
  private static final Pattern PUNCTUATION = Pattern.compile("\\p{P}");
  private static final Pattern NUMBERS = Pattern.compile("\\p{N}");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final Language[] candidates;
  private volatile LanguageDetector trigrams;
  private final Set<Language> scoredWithAllOrders = ConcurrentHashMap.newKeySet();

  TwoStageDetector(Language... candidates) {
    this.candidates = candidates.clone();
  }

  /** The best language of the sample with its confidence, or empty when Lingua finds none. */
  Optional<Map.Entry<Language, Double>> best(String sample) {
    SortedMap<Language, Double> values = trigramDetector().computeLanguageConfidenceValues(sample);
    if (values.isEmpty()) return Optional.empty();
    List<Map.Entry<Language, Double>> ranked = new ArrayList<>(values.entrySet());
    Map.Entry<Language, Double> top = ranked.get(0);
    if (ranked.size() < 2 || linguaLength(sample) >= LINGUA_SHORT_TEXT) return Optional.of(top);
    if (ranked.get(1).getValue() < top.getValue() * (1 - CLEAR_LEAD)) return Optional.of(top);
    Set<Language> leaders = EnumSet.noneOf(Language.class);
    for (Map.Entry<Language, Double> e : ranked) {
      if (leaders.size() == MAX_LEADERS || e.getValue() < top.getValue() * (1 - LEADER_MARGIN)) break;
      leaders.add(e.getKey());
    }
    scoredWithAllOrders.addAll(leaders);
    SortedMap<Language, Double> accurate = LanguageDetectorBuilder.fromLanguages(leaders.toArray(new Language[0]))
        .build().computeLanguageConfidenceValues(sample);
    return accurate.isEmpty() ? Optional.of(top) : Optional.of(accurate.entrySet().iterator().next());
  }

  /** Whether a trigram detector has been built (it is, on the first sample with enough letters). */
  boolean trigramsLoaded() {
    return trigrams != null;
  }

  /** The languages this detector has had Lingua score with all n-gram orders, so load in full. */
  Set<Language> scoredWithAllOrders() {
    return Set.copyOf(scoredWithAllOrders);
  }

  private LanguageDetector trigramDetector() {
    LanguageDetector d = trigrams;
    if (d == null) {
      synchronized (this) {
        d = trigrams;
        if (d == null) {
          // never withPreloadedLanguageModels: models load per language as Lingua meets them
          d = LanguageDetectorBuilder.fromLanguages(candidates).withLowAccuracyMode().build();
          trigrams = d;
        }
      }
    }
    return d;
  }

  /** The length of the text as Lingua measures it to choose its n-gram orders. */
  static int linguaLength(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    t = PUNCTUATION.matcher(t).replaceAll("");
    t = NUMBERS.matcher(t).replaceAll("");
    return WHITESPACE.matcher(t).replaceAll(" ").length();
  }
}
