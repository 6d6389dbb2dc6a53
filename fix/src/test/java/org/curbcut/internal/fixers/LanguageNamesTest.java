package org.curbcut.internal.fixers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.audit.AuditOptions;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.RepairEngine;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.RepairStatus;
import org.curbcut.fix.alt.AltTextPipeline;
import org.curbcut.fix.alt.ImageFetcher;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.junit.jupiter.api.Test;

/** An invalid lang that names a language is rewritten as the tag its author meant. */
class LanguageNamesTest {
  @Test
  void readsNamesThreeLetterCodesAndUnderscoreLocales() {
    assertThat(LanguageNames.tagFor("english")).contains("en");
    assertThat(LanguageNames.tagFor("Deutsch")).isEmpty(); // an endonym is not in the JDK's English names
    assertThat(LanguageNames.tagFor("German")).contains("de");
    assertThat(LanguageNames.tagFor("eng")).contains("en");
    assertThat(LanguageNames.tagFor("ger")).contains("de");
    assertThat(LanguageNames.tagFor("fra")).contains("fr");
    assertThat(LanguageNames.tagFor("en_GB")).contains("en-GB");
    assertThat(LanguageNames.tagFor("es_419")).contains("es-419");
    assertThat(LanguageNames.tagFor("xx")).isEmpty();
    assertThat(LanguageNames.tagFor("")).isEmpty();
  }

  @Test
  void theFixerUsesTheAuthorsOwnValueBeforeDetectingTheLanguage() {
    String page = "<!doctype html><html lang=\"english\"><head><title>Clinic</title></head><body><main>"
        + "<h1>Bonjour</h1><p>Un texte court.</p></main></body></html>";
    RepairEngine engine = new RepairEngine(AuditOptions.defaults(),
        Fixers.all(new AltTextPipeline(List.of(), ImageFetcher.defaults(null))), Confidence.NEEDS_REVIEW);
    RepairResult r = engine.repair(HtmlSnapshot.parse(page, "t.html"), t -> HtmlSnapshot.parse(t, "t.html"));
    assertThat(r.repairedText()).startsWith("<!doctype html><html lang=\"en\">");
    var o = r.outcomes().stream().filter(x -> x.failure().rule().id().equals("html-lang-valid")).findFirst().orElseThrow();
    assertThat(o.status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(o.repair().provenance()).contains("\"english\"");
  }
}
