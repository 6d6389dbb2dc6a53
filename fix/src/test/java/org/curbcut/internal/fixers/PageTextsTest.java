package org.curbcut.internal.fixers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.PageTexts;
import org.curbcut.fix.RepairResult;
import org.junit.jupiter.api.Test;

/** The words repairs write into a page are in the page's language when Curbcut has it, else English. */
class PageTextsTest {
  private static RepairResult repair(String lang, String body) {
    return RepairFixture.repairPage("<!doctype html><html lang=" + lang + "><head><title>T</title></head><body>" + body
        + "</body></html>", Confidence.NEEDS_REVIEW);
  }

  @Test
  void theSkipLinkSpeaksThePagesLanguage() {
    String body = "<ul><li><a href=/a>Home</a><li><a href=/b>News</a><li><a href=/c>Sport</a></ul>"
        + "<div id=content><p>Text</p></div>";
    assertThat(repair("de-AT", body).repairedText()).contains(">Zum Hauptinhalt springen</a>");
    assertThat(repair("es", body).repairedText()).contains(">Saltar al contenido principal</a>");
    assertThat(repair("fr", body).repairedText()).contains(">Aller au contenu principal</a>");
    // a language Curbcut has no words in gets English, as before
    assertThat(repair("ja", body).repairedText()).contains(">Skip to main content</a>");
  }

  @Test
  void hintsAndFrameTitlesToo() {
    RepairResult r = repair("fr", "<main><h1>T</h1><form><label>Code <input name=code pattern='\\d{5}'></label>"
        + "<label>Nom <input name=nom maxlength=40></label></form>"
        + "<iframe src=\"http://pos.baidu.com/s?hei=90\" width=130 height=90></iframe></main>");
    assertThat(r.repairedText()).contains(">Format : 5 chiffres</span>").contains(">Jusqu'à 40 caractères.</span>")
        .contains("title=\"Publicité\"");
  }

  @Test
  void choosesByThePrimaryLanguage() {
    assertThat(PageTexts.forLanguage("de-CH").language()).isEqualTo("de");
    assertThat(PageTexts.forLanguage("ES_mx").language()).isEqualTo("es");
    assertThat(PageTexts.forLanguage("zh-Hans").language()).isEqualTo("en");
    assertThat(PageTexts.forLanguage("").language()).isEqualTo("en");
    assertThat(PageTexts.forLanguage("de").text("hint.digit.many", "2–4")).isEqualTo("2–4 Ziffern");
    assertThatThrownBy(() -> PageTexts.forLanguage("en").text("no.such.key")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyLanguageHasEveryTextAndNoOther() throws IOException {
    Properties english = bundle("page-texts.properties");
    assertThat(english).isNotEmpty();
    for (String lang : PageTexts.LANGUAGES) {
      if (lang.equals("en")) continue;
      Properties other = bundle("page-texts_" + lang + ".properties");
      assertThat(other.keySet()).as(lang).containsExactlyInAnyOrderElementsOf(english.keySet());
      for (Object key : english.keySet()) {
        // every pattern formats, with the same arguments as the English one
        assertThat(PageTexts.forLanguage(lang).text((String) key, "1", "2", "3")).as(lang + " " + key).isNotBlank();
      }
    }
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = PageTexts.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
