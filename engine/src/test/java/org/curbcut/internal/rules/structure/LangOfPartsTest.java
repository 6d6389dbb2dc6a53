package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class LangOfPartsTest {
  private static final LangOfParts RULE = new LangOfParts();

  private static String page(String lang, String body) {
    return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><title>Library</title></head><body>" + body + "</body></html>";
  }

  @Test
  void failsAPassageInAnotherLanguageWithoutLang() {
    var results = Fixtures.results(RULE, page("en", LanguageSamples.ENGLISH + "<blockquote>" + LanguageSamples.FRENCH
        + "</blockquote>"));
    assertThat(results).filteredOn(r -> r.outcome() == Outcome.FAILED).hasSize(1)
        .allSatisfy(r -> assertThat(r.target().name()).isEqualTo("p"));
    assertThat(results).filteredOn(r -> r.outcome() == Outcome.PASSED).hasSize(2);
  }

  @Test
  void passesPassagesInThePagesLanguageOrMarkedWithLang() {
    assertThat(Fixtures.outcome(RULE, page("en", LanguageSamples.ENGLISH))).isEqualTo(Outcome.PASSED);
    assertThat(Fixtures.outcome(RULE, page("en", LanguageSamples.ENGLISH + "<blockquote lang=fr>" + LanguageSamples.FRENCH
        + "</blockquote>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void leavesWhatItCannotTellUnreported() {
    // short, placeholder, code, a close relative
    assertThat(Fixtures.outcome(RULE, page("en", "<p>Bonjour à tous !</p>"))).isEqualTo(Outcome.INAPPLICABLE);
    // an alphabetical index is letters, not a passage in a language
    assertThat(Fixtures.outcome(RULE, page("fr", LanguageSamples.FRENCH.replace("<p>", "<div>").replace("</p>", "</div>")
        + "<p>Index actualité : A B C D E F G H I J K L M N O P Q R S T U V W X Y Z</p>"))).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(Fixtures.outcome(RULE, page("en", LanguageSamples.ENGLISH + LanguageSamples.LOREM)))
        .isEqualTo(Outcome.PASSED);
    assertThat(Fixtures.outcome(RULE, page("en", LanguageSamples.ENGLISH + LanguageSamples.CODE))).isEqualTo(Outcome.PASSED);
    assertThat(Fixtures.outcome(RULE, page("pt", LanguageSamples.SPANISH))).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void aPageWhollyInAnotherLanguageIsTheHtmlLangRulesFinding() {
    assertThat(Fixtures.outcome(RULE, page("de", LanguageSamples.ENGLISH))).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(Fixtures.outcome(RULE, "<html><body>" + LanguageSamples.FRENCH + "</body></html>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
