package org.curbcut.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.curbcut.testkit.SharedData;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.AuditReport;
import org.curbcut.audit.Auditor;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.junit.jupiter.api.Test;

/**
 * The diagnostics in the JSON report: the schema has one shape per kind of {@link Diagnostic},
 * whose fields are exactly the record's components with matching types, every kind is documented,
 * and a real finding's diagnostic validates against the schema.
 */
class DiagnosticSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode schema() throws Exception {
    try (InputStream in = ReportFormat.class.getResourceAsStream("report.schema.json")) {
      return MAPPER.readTree(in);
    }
  }

  @Test
  void theSchemaHasOneShapePerKindWithTheRecordsFields() throws Exception {
    JsonNode schema = schema();
    Set<String> refs = new HashSet<>();
    schema.at("/$defs/diagnostic/oneOf").forEach(r -> refs.add(r.get("$ref").asText()));
    Set<String> expected = new HashSet<>();
    for (Class<?> kind : Diagnostic.class.getPermittedSubclasses()) {
      String name = Diagnostic.kebab(kind.getSimpleName());
      String ref = "#/$defs/diagnostic-" + name;
      expected.add(ref);
      JsonNode shape = schema.at(ref.substring(1));
      assertThat(shape.isMissingNode()).as("schema shape of " + name).isFalse();
      assertThat(shape.at("/properties/kind/const").asText()).isEqualTo(name);
      assertThat(shape.path("additionalProperties").asBoolean(true)).as(name + " closed").isFalse();
      List<String> fields = new ArrayList<>();
      shape.path("properties").fieldNames().forEachRemaining(fields::add);
      List<String> components = new ArrayList<>(List.of("kind"));
      for (RecordComponent c : kind.getRecordComponents()) components.add(c.getName());
      assertThat(fields).as(name + " fields").containsExactlyElementsOf(components);
      List<String> required = new ArrayList<>();
      shape.path("required").forEach(n -> required.add(n.asText()));
      assertThat(required).as(name + " requires kind").contains("kind");
      assertThat(fields).as(name + " required fields exist").containsAll(required);
      for (RecordComponent c : kind.getRecordComponents()) {
        JsonNode field = resolve(schema, shape.at("/properties/" + c.getName()));
        assertThat(field.path("type").asText()).as(name + "." + c.getName()).isEqualTo(jsonType(c.getType()));
        if (c.getType().isPrimitive()) assertThat(required).as(name + "." + c.getName() + " is always there").contains(c.getName());
      }
    }
    assertThat(refs).isEqualTo(expected);
  }

  @Test
  void everyKindIsDocumented() throws Exception {
    String md = Files.readString(SharedData.root().resolve("docs/report-schema.md"));
    for (Class<?> kind : Diagnostic.class.getPermittedSubclasses()) {
      assertThat(md).as("docs/report-schema.md documents " + kind.getSimpleName())
          .contains("`" + Diagnostic.kebab(kind.getSimpleName()) + "`");
    }
  }

  @Test
  void aRuleThatThrowsIsReportedWithItsErrorAndTheReportConforms() throws Exception {
    Rule broken = new Rule() {
      final RuleMeta meta = RuleMeta.of(DiagnosticSchemaTest.class, "test-broken", List.of(), List.of(), Level.A, Impact.MINOR);

      @Override
      public RuleMeta meta() {
        return meta;
      }

      @Override
      public void evaluate(RuleContext context, Outcomes outcomes) {
        throw new IllegalStateException("bug");
      }
    };
    Auditor auditor = new Auditor(AuditOptions.defaults(), List.of(broken));
    AuditReport report = auditor.audit(List.of(HtmlSnapshot.parse("<!DOCTYPE html><html lang=en><title>t</title><p>x", "a.html")));
    JsonNode json = MAPPER.readTree(ReportFormat.JSON.render(report, ReportOptions.defaults().withCantTellListed(true)));
    JsonNode d = json.at("/pages/0/findings/0/diagnostic");
    assertThat(d.get("kind").asText()).isEqualTo("rule-error");
    assertThat(d.get("exception").asText()).isEqualTo("IllegalStateException");
    assertThat(json.at("/pages/0/findings/0/outcome").asText()).isEqualTo("cantTell");
    assertThat(new MiniJsonSchema(schema()).validate(json)).isEmpty();
    // and the checker catches a field the kind does not have
    ((com.fasterxml.jackson.databind.node.ObjectNode) d).put("extra", 1);
    assertThat(new MiniJsonSchema(schema()).validate(json)).hasSize(1);
  }

  @Test
  void theFindingsOfTheDemoSiteAndTheActExamplesConformToTheSchema() throws Exception {
    List<org.curbcut.snapshot.Page> pages = new ArrayList<>();
    java.nio.file.Path site = SharedData.root().resolve("demo-site");
    try (var files = Files.list(site)) {
      for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".html")).sorted().toList()) {
        pages.add(HtmlSnapshot.parse(Files.readString(f), f.getFileName().toString()));
      }
    }
    for (JsonNode c : MAPPER.readTree(SharedData.shared().resolve("act/testcases.json").toFile())) {
      if (c.get("expected").asText().equals("failed") && c.get("language").asText().equals("html")) {
        pages.add(HtmlSnapshot.parse(c.get("html").asText(), c.get("url").asText()));
      }
    }
    AuditReport report = new Auditor(new AuditOptions(Level.AAA, List.of(), List.of(), List.of())).audit(pages);
    JsonNode json = MAPPER.readTree(ReportFormat.JSON.render(report, ReportOptions.defaults().withCantTellListed(true)));
    assertThat(new MiniJsonSchema(schema()).validate(json)).isEmpty();
    Set<String> kinds = new HashSet<>();
    for (JsonNode page : json.get("pages")) {
      for (JsonNode f : page.get("findings")) if (f.has("diagnostic")) kinds.add(f.at("/diagnostic/kind").asText());
    }
    assertThat(kinds).as("kinds seen").hasSizeGreaterThan(25);
  }

  private static JsonNode resolve(JsonNode schema, JsonNode n) {
    return n.has("$ref") ? schema.at(n.get("$ref").asText().substring(1)) : n;
  }

  private static String jsonType(Class<?> t) {
    if (t == String.class || t == Element.class || t.isEnum()) return "string";
    if (t == int.class || t == long.class || t == Integer.class || t == Long.class) return "integer";
    if (t == double.class || t == Double.class) return "number";
    if (t == boolean.class || t == Boolean.class) return "boolean";
    if (List.class.isAssignableFrom(t)) return "array";
    if (t.isRecord()) return "object";
    throw new AssertionError("a diagnostic field of type " + t.getName());
  }
}
