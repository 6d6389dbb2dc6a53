package org.curbcut.fix.lang;

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
  void saysNothingWhenThereIsTooLittleText() {
    assertThat(LanguageDetection.detect("Home | Menu")).isEmpty();
    assertThat(LanguageDetection.detect("  12 34 56 78 90  ")).isEmpty();
  }
}
