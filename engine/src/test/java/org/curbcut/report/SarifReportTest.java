package org.curbcut.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReportTest {
  private final JsonNode sarif = parse(ReportFixtures.render(ReportFormat.SARIF));

  @Test
  void hasTheRequiredSarifProperties() {
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.get("$schema").asText()).contains("sarif-2.1.0");
    assertThat(sarif.get("runs")).hasSize(1);
    assertThat(sarif.at("/runs/0/tool/driver/name").asText()).isEqualTo("curbcut");
    JsonNode results = sarif.at("/runs/0/results");
    assertThat(results).hasSize(4);
    for (JsonNode r : results) {
      assertThat(r.get("ruleId").isTextual()).isTrue();
      assertThat(r.at("/message/text").asText()).isNotBlank();
      assertThat(r.get("locations")).isNotEmpty();
      assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isNotBlank();
    }
  }

  @Test
  void driverListsEveryRuleOnceWithActHelpAndWcagTags() {
    JsonNode rules = sarif.at("/runs/0/tool/driver/rules");
    Set<String> ids = new HashSet<>();
    for (JsonNode r : rules) assertThat(ids.add(r.get("id").asText())).isTrue();
    assertThat(ids).contains("html-has-lang", "test-image-alt", "test-contrast", "test-passed");
    JsonNode lang = rules.get(0);
    assertThat(lang.get("id").asText()).isEqualTo("html-has-lang");
    assertThat(lang.at("/shortDescription/text").asText()).isEqualTo("The page's html element has a lang attribute");
    assertThat(lang.get("helpUri").asText())
        .isEqualTo("https://www.w3.org/WAI/standards-guidelines/act/rules/b5c3f8/proposed/");
    assertThat(lang.at("/properties/tags").toString()).contains("\"wcag311\"").contains("\"act-b5c3f8\"");
    assertThat(lang.at("/properties/wcag/0").asText()).isEqualTo("3.1.1");
    // every result points at its rule in the driver
    for (JsonNode r : sarif.at("/runs/0/results")) {
      assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(r.get("ruleId").asText());
    }
  }

  @Test
  void failedIsAnErrorAndCantTellAWarningForAPerson() {
    JsonNode lang = result("html-has-lang");
    assertThat(lang.get("level").asText()).isEqualTo("error");
    assertThat(lang.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("pages/index.html");
    assertThat(lang.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(lang.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(2);
    assertThat(lang.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(1);
    assertThat(lang.at("/locations/0/physicalLocation/region/snippet/text").asText()).isEqualTo("<html>");
    assertThat(lang.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("html");
    JsonNode contrast = result("test-contrast");
    assertThat(contrast.get("level").asText()).isEqualTo("warning");
    assertThat(contrast.at("/message/text").asText()).startsWith("Needs a person: ");
    assertThat(contrast.at("/properties/outcome").asText()).isEqualTo("cantTell");
  }

  @Test
  void unreadablePagesAreNotifications() {
    JsonNode n = sarif.at("/runs/0/invocations/0/toolExecutionNotifications/0");
    assertThat(n.get("level").asText()).isEqualTo("error");
    assertThat(n.at("/message/text").asText()).contains("file not found");
    assertThat(n.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("missing.html");
  }

  @Test
  void artifactUrisAreUrisOrRelativeReferences() {
    assertThat(SarifReport.artifact("https://example.org/a b").get("uri").asText()).isEqualTo("https://example.org/a b");
    assertThat(SarifReport.artifact("site/a b.html").get("uri").asText()).isEqualTo("site/a%20b.html");
    assertThat(SarifReport.artifact("site\\x.html").get("uri").asText()).isEqualTo("site/x.html");
    assertThat(SarifReport.artifact("/srv/site/x.html").get("uri").asText()).startsWith("file:").endsWith("/srv/site/x.html");
    assertThat(SarifReport.artifact("/srv/site/x.html").has("uriBaseId")).isFalse();
  }

  private JsonNode result(String rule) {
    for (JsonNode r : sarif.at("/runs/0/results")) if (r.get("ruleId").asText().equals(rule)) return r;
    throw new AssertionError("no result for " + rule);
  }

  private static JsonNode parse(String s) {
    try {
      return new ObjectMapper().readTree(s);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
