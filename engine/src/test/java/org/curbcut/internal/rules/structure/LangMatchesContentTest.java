package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class LangMatchesContentTest {
  private static final LangMatchesContent RULE = new LangMatchesContent();

  @Test
  void cantTellOnTextInOtherLanguage() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p>The phrase <span lang=\"nl\">met de kippen op stok</span>.</p>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void decidesAPassageOfEnoughText() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<div lang=fr>" + LanguageSamples.FRENCH + "</div>"))).isEqualTo(Outcome.PASSED);
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<div lang=de>" + LanguageSamples.FRENCH + "</div>"))).isEqualTo(Outcome.FAILED);
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<blockquote lang=es>" + LanguageSamples.LOREM + "</blockquote>")))
        .isEqualTo(Outcome.CANT_TELL);
    // the passage's own text: a nested element in the right language is its own scope
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<div lang=de><p>Zitat:</p><div lang=fr>" + LanguageSamples.FRENCH
        + "</div></div>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void passesTheEntriesOfALanguageMenu() {
    for (String entry : new String[] {"<a lang=de href=/de>Deutsch</a>", "<a lang=fr hreflang=fr href=/fr>Français</a>",
        "<option lang=zh-CN>中文 (简体)</option>", "<a lang=id href=/id>Bahasa Indonesia</a>", "<a lang=ru href=/ru>Русский</a>",
        "<a lang=az href=/az>Azərbaycanca</a>", "<a lang=pt-BR href=/br>Português (Brasil)</a>"}) {
      assertThat(Fixtures.outcome(RULE, Fixtures.page("<nav>" + entry + "</nav>"))).as(entry).isEqualTo(Outcome.PASSED);
    }
    // near misses: another language's name, a name in English, a phrase
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<a lang=fr href=/de>Deutsch</a>"))).isEqualTo(Outcome.CANT_TELL);
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<a lang=de href=/de>German</a>"))).isEqualTo(Outcome.CANT_TELL);
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<span lang=de>Deutsch ist eine schöne Sprache</span>")))
        .isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void inapplicableWithoutLangInBody() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p>Hello</p>"))).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void inapplicableWhenHidden() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p lang=\"fr\" hidden>Bonjour</p>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
