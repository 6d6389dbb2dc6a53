package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class DocumentTitleTest {
  private static final DocumentTitle RULE = new DocumentTitle();

  @Test
  void passesWithTitle() {
    assertThat(Fixtures.outcome(RULE, "<html><head><title>Opening hours</title></head></html>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsWithoutTitle() {
    assertThat(Fixtures.outcome(RULE, "<html><body><h1>No title</h1></body></html>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void failsWithBlankTitle() {
    assertThat(Fixtures.outcome(RULE, "<html><head><title> </title></head></html>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void cantTellWhenScriptMaySetTitle() {
    assertThat(Fixtures.outcome(RULE, "<html><body><script>document.title = \"Hi\"</script></body></html>")).isEqualTo(Outcome.CANT_TELL);
    // a script that only mentions the word (a share widget's og:title) cannot give the page a title
    assertThat(Fixtures.outcome(RULE, "<html><body><script>share({title: 'og:title'})</script></body></html>"))
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void ignoresTitleInTemplate() {
    assertThat(Fixtures.outcome(RULE, "<html><body><template><title>T</title></template></body></html>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void inapplicableToSvg() {
    var out = new org.curbcut.rules.Outcomes(RULE.meta());
    RULE.evaluate(new org.curbcut.rules.RuleContext(org.curbcut.internal.snapshot.HtmlSnapshot.parseNonHtml("<svg xmlns=\"http://www.w3.org/2000/svg\"><title>x</title></svg>", "x.svg")), out);
    assertThat(out.results()).isEmpty();
  }

  @Test
  void scriptEvidenceIsWhatTheOneRegularExpressionFinds() {
    java.util.regex.Pattern regex =
        java.util.regex.Pattern.compile("document\\s*\\.\\s*title|createelement\\s*\\(\\s*['\"]title['\"]|<title");
    for (String script : java.util.List.of("", "document.title = 'x'", "document .\n title", "document . titl",
        "var document; x.title", "documentdocument.title", "createelement('title')", "createelement ( \"title\"",
        "createelement('div'); createelement(\"title\")", "createelement(title)", "x = '<title>'", "<titl",
        "og:title data-title", "document", "createelement", "document.\u00a0title")) {
      assertThat(DocumentTitle.setsTitle(script)).as(script).isEqualTo(regex.matcher(script).find());
    }
  }
}
