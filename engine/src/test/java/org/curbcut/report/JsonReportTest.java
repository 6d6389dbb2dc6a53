package org.curbcut.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.curbcut.testkit.SharedData;
import org.junit.jupiter.api.Test;

class JsonReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The finding fields other tools rely on (the brief's minimum shape). */
  private static final List<String> FINDING_FIELDS = List.of("rule", "act", "wcag", "level", "impact", "outcome",
      "selector", "line", "column", "snippet", "message");

  private final JsonNode json = parse(ReportFixtures.renderListed(ReportFormat.JSON));

  @Test
  void hasTheStableShape() {
    assertThat(json.at("/tool/name").asText()).isEqualTo("curbcut");
    assertThat(json.at("/tool/version").asText()).isEqualTo("9.8.7");
    assertThat(json.at("/level").asText()).isEqualTo("AA");
    assertThat(json.at("/started").asText()).isEqualTo("2026-03-01T10:15:30Z");
    assertThat(json.get("pages")).hasSize(3);
    assertThat(json.at("/pages/0/source").asText()).isEqualTo("pages/index.html");
    assertThat(json.at("/pages/1/source").asText()).isEqualTo("https://example.org/about");
  }

  @Test
  void findingsCarryEveryField() {
    JsonNode lang = json.at("/pages/0/findings/0");
    assertThat(lang.get("rule").asText()).isEqualTo("html-has-lang");
    assertThat(lang.get("act").get(0).asText()).isEqualTo("b5c3f8");
    assertThat(lang.get("wcag").get(0).asText()).isEqualTo("3.1.1");
    assertThat(lang.get("level").asText()).isEqualTo("A");
    assertThat(lang.get("impact").asText()).isEqualTo("serious");
    assertThat(lang.get("outcome").asText()).isEqualTo("failed");
    assertThat(lang.get("selector").asText()).isEqualTo("html");
    assertThat(lang.get("line").asInt()).isEqualTo(2);
    assertThat(lang.get("column").asInt()).isEqualTo(1);
    assertThat(lang.get("snippet").asText()).isEqualTo("<html>");
    assertThat(lang.get("message").asText()).startsWith("The <html> element has no lang attribute");
    assertThat(lang.get("help").asText()).startsWith("Add lang=");
    for (JsonNode f : json.at("/pages/0/findings")) {
      for (String field : FINDING_FIELDS) assertThat(f.has(field)).as(field).isTrue();
    }
    JsonNode contrast = findRule(json.at("/pages/0/findings"), "test-contrast");
    assertThat(contrast.get("outcome").asText()).isEqualTo("cantTell");
    assertThat(findRule(json.at("/pages/0/findings"), "test-image-alt").get("snippet").asText())
        .isEqualTo(ReportFixtures.HOSTILE_SNIPPET); // kept as data, JSON escaping does the rest
  }

  @Test
  void cantTellFindingsAreCountedPerRuleUnlessListed() {
    JsonNode counted = parse(ReportFixtures.render(ReportFormat.JSON));
    assertThat(counted.at("/schemaVersion").asInt()).isEqualTo(2);
    assertThat(counted.at("/cantTellFindings").asText()).isEqualTo("counted");
    assertThat(json.at("/cantTellFindings").asText()).isEqualTo("listed");
    for (int page = 0; page < json.get("pages").size(); page++) {
      JsonNode all = json.at("/pages/" + page + "/findings");
      JsonNode failedOnly = counted.at("/pages/" + page + "/findings");
      int cantTell = 0;
      for (JsonNode f : all) if (f.get("outcome").asText().equals("cantTell")) cantTell++;
      for (JsonNode f : failedOnly) assertThat(f.get("outcome").asText()).isEqualTo("failed");
      assertThat(failedOnly.size()).isEqualTo(all.size() - cantTell);
      int counts = 0;
      for (JsonNode n : counted.at("/pages/" + page + "/cantTellByRule")) counts += n.asInt();
      assertThat(counts).isEqualTo(cantTell).isEqualTo(counted.at("/pages/" + page + "/summary/findings/cantTell").asInt());
    }
    assertThat(counted.at("/pages/0/cantTellByRule/test-contrast").asInt()).isPositive();
  }

  @Test
  void extrasSayWhatWasChecked() {
    assertThat(json.at("/pages/0/rules/html-has-lang").asText()).isEqualTo("failed");
    assertThat(json.at("/pages/0/rules/test-passed").asText()).isEqualTo("passed");
    assertThat(json.at("/pages/0/rules/test-inapplicable").asText()).isEqualTo("inapplicable");
    assertThat(json.at("/pages/1/rules/html-has-lang").asText()).isEqualTo("passed");
    assertThat(json.at("/pages/0/summary/rules/failed").asInt()).isEqualTo(3);
    assertThat(json.at("/pages/0/summary/rules/cantTell").asInt()).isEqualTo(1);
    assertThat(json.at("/pages/0/summary/findings/failed").asInt()).isEqualTo(3);
    assertThat(json.at("/pages/2/error").asText()).isEqualTo("file not found");
    assertThat(json.at("/pages/0").has("error")).isFalse();
    assertThat(json.at("/summary/pagesNotRead").asInt()).isEqualTo(1);
    assertThat(json.at("/rules/0/helpUrl").asText())
        .isEqualTo("https://www.w3.org/WAI/standards-guidelines/act/rules/b5c3f8/proposed/");
  }

  @Test
  void conformsToTheShippedSchema() throws Exception {
    JsonNode schema;
    try (InputStream in = ReportFormat.class.getResourceAsStream("report.schema.json")) {
      schema = MAPPER.readTree(in);
    }
    assertThat(new MiniJsonSchema(schema).validate(json)).isEmpty();
    // the schema requires at least the documented finding fields
    List<String> required = new ArrayList<>();
    schema.at("/$defs/finding/required").forEach(n -> required.add(n.asText()));
    assertThat(required).containsAll(FINDING_FIELDS);
    // and the checker does catch a missing field
    ((com.fasterxml.jackson.databind.node.ObjectNode) json.at("/pages/0/findings/0")).remove("selector");
    assertThat(new MiniJsonSchema(schema).validate(json)).containsExactly("$.pages[0].findings[0]: missing required field 'selector'");
  }

  @Test
  void everySchemaFieldIsDocumented() throws Exception {
    Path doc = SharedData.root().resolve("docs/report-schema.md");
    String md = Files.readString(doc);
    JsonNode schema;
    try (InputStream in = ReportFormat.class.getResourceAsStream("report.schema.json")) {
      schema = MAPPER.readTree(in);
    }
    List<String> names = new ArrayList<>();
    collectPropertyNames(schema, names);
    for (String n : names) assertThat(md).as("docs/report-schema.md documents " + n).contains("`" + n + "`");
  }

  private static void collectPropertyNames(JsonNode n, List<String> out) {
    if (n.isObject()) {
      n.path("properties").fieldNames().forEachRemaining(out::add);
      n.elements().forEachRemaining(c -> collectPropertyNames(c, out));
    } else if (n.isArray()) {
      n.elements().forEachRemaining(c -> collectPropertyNames(c, out));
    }
  }

  private static JsonNode findRule(JsonNode findings, String rule) {
    for (JsonNode f : findings) if (f.get("rule").asText().equals(rule)) return f;
    throw new AssertionError("no finding of " + rule);
  }

  private static JsonNode parse(String s) {
    try {
      return MAPPER.readTree(s);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
