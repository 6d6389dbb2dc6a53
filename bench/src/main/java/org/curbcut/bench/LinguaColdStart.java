package org.curbcut.bench;

import java.util.Locale;
import java.util.Optional;
import org.curbcut.internal.lang.LanguageDetection;

/**
 * The cold cost of language detection: the time, peak heap and retained heap of the first
 * {@link LanguageDetection#detect} call in a fresh JVM (which loads Lingua and its language
 * models), then the time of a second call with another text and the heap held after it. Run it
 * once per sample kind, each in a new JVM, since the first call of a process is the one measured:
 * {@code java -cp ... org.curbcut.bench.LinguaColdStart short|long|unclear}. A short sample is the
 * text of a tiny page (under 120 characters, where Lingua's accurate mode uses all its n-gram
 * orders); a long one is a paragraph; an unclear one is a short Danish text that trigrams alone
 * cannot tell from Norwegian, the worst case of a cold start.
 */
public final class LinguaColdStart {
  private static final String SHORT = "Opening hours We are open every weekday from nine until five, "
      + "and on Saturday mornings.";
  private static final String LONG = "You sit down with one of our counsellors, usually in the quiet "
      + "room upstairs, for about forty minutes. They will ask how things have been and what you "
      + "would like to be different. You can stop at any time, and you don't have to decide anything "
      + "on the day. No. You can refer yourself by calling, emailing, or simply dropping in.";
  private static final String UNCLEAR = "Vi har åbent hver dag fra ni til fem, og du er velkommen til en kop te.";
  private static final String SECOND = "Somos una clínica comunitaria. Nuestros grupos se reúnen "
      + "cada semana y puedes venir a tomar un té.";

  private LinguaColdStart() {}

  public static void main(String[] args) {
    String kind = args.length > 0 ? args[0] : "short";
    String sample = switch (kind) {
      case "short" -> SHORT;
      case "long" -> LONG;
      case "unclear" -> UNCLEAR;
      default -> throw new IllegalArgumentException("usage: LinguaColdStart short|long|unclear");
    };
    HeapWatch watch = HeapWatch.start();
    long baseline = watch.baseline();
    long t0 = System.nanoTime();
    Optional<LanguageDetection.Guess> first = LanguageDetection.detect(sample);
    long t1 = System.nanoTime();
    long firstPeak = watch.stop();
    long firstRetained = HeapWatch.retained();
    long t2 = System.nanoTime();
    Optional<LanguageDetection.Guess> second = LanguageDetection.detect(SECOND);
    long t3 = System.nanoTime();
    long retained = HeapWatch.retained();
    System.out.printf(Locale.ROOT, "Lingua cold start, %s sample (%d chars): first detect %.0f ms -> %s, peak heap +%d MB,"
            + " retained +%d MB; then a short Spanish text %.0f ms -> %s, retained +%d MB%n",
        kind, sample.length(), (t1 - t0) / 1e6, first.map(LanguageDetection.Guess::tag).orElse("none"),
        (firstPeak - baseline) >> 20, (firstRetained - baseline) >> 20,
        (t3 - t2) / 1e6, second.map(LanguageDetection.Guess::tag).orElse("none"), (retained - baseline) >> 20);
  }
}
