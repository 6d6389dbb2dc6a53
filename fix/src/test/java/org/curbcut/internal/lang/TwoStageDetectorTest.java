package org.curbcut.internal.lang;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What keeps a cold start cheap: which languages get Lingua's full models (all n-gram orders,
 * about 28 MB each) rather than trigrams alone. Each test builds its own detector, so the view
 * starts empty whatever ran before.
 */
class TwoStageDetectorTest {
  private final TwoStageDetector detector = new TwoStageDetector(LanguageDetection.candidates());

  @Test
  void aLongSampleIsScoredWithTrigramsAlone() {
    String english = "You sit down with one of our counsellors, usually in the quiet room upstairs, for about "
        + "forty minutes. They will ask how things have been and what you would like to be different.";
    assertThat(detector.best(english)).map(Map.Entry::getKey).contains(Language.ENGLISH);
    assertThat(detector.trigramsLoaded()).isTrue();
    assertThat(detector.scoredWithAllOrders()).isEmpty();
  }

  @Test
  void aShortSampleWithAClearLeadNeedsNoFullModels() {
    String english = "We are open every weekday from nine until five, and on Saturday mornings.";
    assertThat(TwoStageDetector.linguaLength(english)).isLessThan(TwoStageDetector.LINGUA_SHORT_TEXT);
    assertThat(detector.best(english)).map(Map.Entry::getKey).contains(Language.ENGLISH);
    assertThat(detector.scoredWithAllOrders()).isEmpty();
  }

  @Test
  void anUnclearShortSampleLoadsTheFullModelsOfItsLeadersOnly() {
    // trigrams alone rank Bokmål first here (Danish within 3%); all n-gram orders settle it
    String danish = "Vi har åbent hver dag fra ni til fem, og du er velkommen til en kop te.";
    assertThat(detector.best(danish)).map(Map.Entry::getKey).contains(Language.DANISH);
    assertThat(detector.scoredWithAllOrders()).containsExactlyInAnyOrder(Language.DANISH, Language.BOKMAL);
    String norwegian = "Klinikken er åpen hver ukedag, og alle er hjertelig velkomne.";
    assertThat(detector.best(norwegian)).map(Map.Entry::getKey).contains(Language.BOKMAL);
    assertThat(detector.scoredWithAllOrders()).hasSizeLessThanOrEqualTo(TwoStageDetector.MAX_LEADERS);
  }

  @Test
  void aScriptOfOneLanguageIsDecidedByLinguasRulesWithoutModels() {
    String greek = "Είμαστε μια κοινοτική κλινική και οι ομάδες μας συναντιούνται κάθε εβδομάδα.";
    assertThat(detector.best(greek)).map(Map.Entry::getKey).contains(Language.GREEK);
    assertThat(detector.scoredWithAllOrders()).isEmpty();
  }

  @Test
  void measuresTextAsLinguaDoesWhenItChoosesItsNgramOrders() {
    // pins the copy of Lingua's clean-up to Lingua's own (an internal Kotlin function, public in bytecode)
    var lingua = LanguageDetectorBuilder.fromLanguages(Language.ENGLISH, Language.GERMAN).build();
    for (String text : new String[] {"  Call 555-0142, or write!  ", "Öffnungszeiten: 9–17 Uhr\n\t(montags)",
        "«Bonjour», dit-elle… ¿Qué? 12 345", "plain words"}) {
      assertThat(TwoStageDetector.linguaLength(text)).as(text).isEqualTo(lingua.cleanUpInputText$lingua(text).length());
    }
  }
}
