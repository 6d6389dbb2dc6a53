package org.curbcut.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarlReportTest {
  private final JsonNode earl = parse(ReportFixtures.render(ReportFormat.EARL));

  @Test
  void hasTheContextAndAnAssertor() {
    JsonNode ctx = earl.get("@context");
    assertThat(ctx.get("earl").asText()).isEqualTo("http://www.w3.org/ns/earl#");
    assertThat(ctx.has("WCAG")).isTrue();
    assertThat(ctx.get("sch").asText()).isEqualTo("https://schema.org/");
    assertThat(ctx.get("dct").asText()).isEqualTo("http://purl.org/dc/terms/");
    JsonNode assertor = earl.at("/@graph/0");
    assertThat(assertor.get("doap:name").asText()).isEqualTo("Curbcut");
    assertThat(assertor.at("/doap:release/doap:revision").asText()).isEqualTo("9.8.7");
  }

  @Test
  void onePageLevelOutcomePerRuleAndPage() {
    // 6 rules on page 1, 1 on page 2, none for the page that could not be read
    assertThat(assertions()).hasSize(7);
    assertThat(outcome("pages/index.html", "html-has-lang")).isEqualTo("earl:failed");
    assertThat(outcome("https://example.org/about", "html-has-lang")).isEqualTo("earl:passed");
    assertThat(outcome("pages/index.html", "test-contrast")).isEqualTo("earl:cantTell");
    assertThat(outcome("pages/index.html", "test-passed")).isEqualTo("earl:passed");
    assertThat(outcome("pages/index.html", "test-inapplicable")).isEqualTo("earl:inapplicable");
  }

  @Test
  void testsAreW3cActRulesAndTargetsAreCssPointers() {
    JsonNode a = assertion("pages/index.html", "html-has-lang");
    assertThat(a.get("@type").asText()).isEqualTo("earl:Assertion");
    assertThat(a.at("/earl:assertedBy/@id").asText()).isEqualTo("_:curbcut");
    assertThat(a.at("/earl:test/@id").asText())
        .isEqualTo("https://www.w3.org/WAI/standards-guidelines/act/rules/b5c3f8/proposed/");
    assertThat(a.at("/earl:test/dct:isPartOf/0/@id").asText()).isEqualTo("WCAG21:language-of-page");
    assertThat(a.at("/earl:result/earl:pointer/0/@type").asText()).isEqualTo("ptr:CSSSelectorPointer");
    assertThat(a.at("/earl:result/earl:pointer/0/ptr:expression").asText()).isEqualTo("html");
    assertThat(a.at("/earl:result/earl:pointer/0/ptr:lineNumber").asInt()).isEqualTo(2);
    JsonNode passed = assertion("https://example.org/about", "html-has-lang");
    assertThat(passed.at("/earl:subject/@id").asText()).isEqualTo("https://example.org/about");
    assertThat(passed.at("/earl:result/earl:pointer/0/ptr:expression").asText()).isEqualTo("html"); // a real passed target
    assertThat(assertion("pages/index.html", "test-inapplicable").at("/earl:result").has("earl:pointer")).isFalse();
    assertThat(assertion("pages/index.html", "test-passed").at("/earl:test").has("@id")).isFalse(); // no ACT id
  }

  private List<JsonNode> assertions() {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode n : earl.get("@graph")) if ("earl:Assertion".equals(n.path("@type").asText())) out.add(n);
    return out;
  }

  private JsonNode assertion(String source, String rule) {
    for (JsonNode a : assertions()) {
      if (a.at("/earl:subject/dct:source").asText().equals(source)
          && a.at("/earl:test/dct:identifier").asText().equals(rule)) return a;
    }
    throw new AssertionError("no assertion for " + rule + " on " + source);
  }

  private String outcome(String source, String rule) {
    return assertion(source, rule).at("/earl:result/earl:outcome/@id").asText();
  }

  private static JsonNode parse(String s) {
    try {
      return new ObjectMapper().readTree(s);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
