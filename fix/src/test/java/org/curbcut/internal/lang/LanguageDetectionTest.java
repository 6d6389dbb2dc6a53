package org.curbcut.internal.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectionTest {
  @Test
  void detectsTheLanguageOfEnoughText() {
    assertThat(LanguageDetection.detect("We are a community clinic. Our groups meet every week, and you are "
        + "welcome to come along, have a cup of tea and talk with people who understand.").orElseThrow().tag())
        .isEqualTo("en");
    assertThat(LanguageDetection.detect("Somos una clínica comunitaria. Nuestros grupos se reúnen cada semana y "
        + "puedes venir a tomar un té y hablar con personas que te entienden.").orElseThrow().tag())
        .isEqualTo("es");
    assertThat(LanguageDetection.detect("Wir sind eine Gemeinschaftsklinik. Unsere Gruppen treffen sich jede "
        + "Woche, und Sie sind herzlich eingeladen, vorbeizukommen.").orElseThrow().tag())
        .isEqualTo("de");
  }

  @Test
  void detectsLongTextsToo() {
    // long samples take Lingua's faster low-accuracy path
    String french = "Nous sommes une clinique de quartier. Nos groupes se retrouvent chaque semaine, et vous "
        + "pouvez venir prendre un thé et parler avec des personnes qui comprennent ce que vous vivez. ";
    assertThat(LanguageDetection.detect(french.repeat(20)).orElseThrow().tag()).isEqualTo("fr");
    String dutch = "Wij zijn een buurtkliniek. Onze groepen komen elke week samen en u bent van harte welkom "
        + "om een kopje thee te drinken en te praten met mensen die begrijpen wat u doormaakt. ";
    assertThat(LanguageDetection.detect(dutch.repeat(3)).orElseThrow().tag()).isEqualTo("nl");
  }

  @Test
  void tellsCloseLanguagesApartInShortTexts() {
    // short and unclear with trigrams alone: the full models of the leading languages decide
    assertThat(LanguageDetection.detect("Vi har åbent hver dag fra ni til fem, og du er velkommen til en kop te.")
        .orElseThrow().tag()).isEqualTo("da");
    assertThat(LanguageDetection.detect("Klinikken er åpen hver ukedag, og alle er hjertelig velkomne.")
        .orElseThrow().tag()).isEqualTo("nb");
  }

  @Test
  void saysNothingWhenThereIsTooLittleText() {
    assertThat(LanguageDetection.detect("Home | Menu")).isEmpty();
    assertThat(LanguageDetection.detect("  12 34 56 78 90  ")).isEmpty();
  }
}
