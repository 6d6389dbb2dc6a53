package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlLangMatchesContentTest {
  private static final HtmlLangMatchesContent RULE = new HtmlLangMatchesContent();

  private static String page(String lang, String body) {
    return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><title>Library</title></head><body>" + body + "</body></html>";
  }

  private static String sample(String name) {
    try {
      return (String) LanguageSamples.class.getDeclaredField(name).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest
  @CsvSource({
      // an article in the declared language passes, in another clearly different language fails
      "en, ENGLISH, PASSED", "en-GB, ENGLISH, PASSED", "fr, FRENCH, PASSED", "de, GERMAN, PASSED", "es, SPANISH, PASSED",
      "de, ENGLISH, FAILED", "da, ENGLISH, FAILED", "fr, ENGLISH, FAILED", "en, FRENCH, FAILED", "en, GERMAN, FAILED",
      "zh, CHINESE, PASSED", "zh-TW, CHINESE, PASSED", "ja, JAPANESE, PASSED", "en, CHINESE, FAILED", "zh, JAPANESE, FAILED",
      // close relatives, placeholder text, code, short snippets, languages without a word list: a person decides
      "pt, SPANISH, CANT_TELL", "it, SPANISH, CANT_TELL", "en, LOREM, CANT_TELL", "fr, LOREM, CANT_TELL",
      "de, LOREM, CANT_TELL", "la, LOREM, CANT_TELL", "en, CODE, CANT_TELL", "de, CODE, CANT_TELL",
      "de, SNIPPET, CANT_TELL", "en, SNIPPET, CANT_TELL", "lb, GERMAN, CANT_TELL", "ru, ENGLISH, CANT_TELL",
  })
  void decidesOnlyOnStrongEvidence(String lang, String text, Outcome expected) {
    assertThat(Fixtures.outcome(RULE, page(lang, sample(text)))).as(lang + " " + text).isEqualTo(expected);
  }

  @Test
  void loremIpsumIsNamedAsPlaceholderText() {
    var r = Fixtures.results(RULE, page("en", LanguageSamples.LOREM)).get(0);
    assertThat(r.is(HtmlLangMatchesContent.PLACEHOLDER)).isTrue();
  }

  @Test
  void textInAnotherLangIsNotThePagesSample() {
    // the article is marked as French: the page's own text is only the short English heading
    assertThat(Fixtures.outcome(RULE, page("en", "<h1>Our library</h1><div lang=fr>" + LanguageSamples.FRENCH + "</div>")))
        .isEqualTo(Outcome.CANT_TELL);
    assertThat(Fixtures.outcome(RULE, page("en", "<pre><code>" + LanguageSamples.FRENCH + "</code></pre><p>Hi</p>")))
        .isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void failsWithTheDeclaredLanguageInTheMessage() {
    var r = Fixtures.results(RULE, page("de", LanguageSamples.ENGLISH)).get(0);
    assertThat(r.message()).contains("\"de\"").contains("clearly in another language");
  }

  @Test
  void inapplicableWithInvalidLang() {
    assertThat(Fixtures.outcome(RULE, "<html lang=\"eng\"><body><p>Hello</p></body></html>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void inapplicableWithoutContent() {
    assertThat(Fixtures.outcome(RULE, "<html lang=\"en\"></html>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
