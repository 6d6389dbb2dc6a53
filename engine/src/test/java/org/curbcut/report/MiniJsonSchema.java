package org.curbcut.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A small JSON Schema checker for the keywords report.schema.json uses: type, required,
 * properties, additionalProperties (a schema or false), items, enum, const, pattern, minimum, oneOf and
 * local $ref.
 * Enough to hold a produced report to the documented schema without a validator library.
 */
final class MiniJsonSchema {
  private final JsonNode root;

  MiniJsonSchema(JsonNode root) {
    this.root = root;
  }

  /** Every violation, as "path: problem"; empty when the document conforms. */
  List<String> validate(JsonNode doc) {
    List<String> errors = new ArrayList<>();
    check(root, doc, "$", errors);
    return errors;
  }

  private void check(JsonNode schema, JsonNode v, String path, List<String> errors) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      if (!ref.startsWith("#/")) throw new IllegalArgumentException("only local refs: " + ref);
      check(root.at(ref.substring(1)), v, path, errors);
      return;
    }
    if (schema.has("type") && !typeMatches(schema.get("type").asText(), v)) {
      errors.add(path + ": expected " + schema.get("type").asText() + " but was " + v.getNodeType());
      return;
    }
    if (schema.has("const") && !schema.get("const").equals(v)) errors.add(path + ": expected " + schema.get("const"));
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) found |= e.equals(v);
      if (!found) errors.add(path + ": " + v + " not in " + schema.get("enum"));
    }
    if (schema.has("pattern") && v.isTextual() && !v.asText().matches(".*(" + schema.get("pattern").asText() + ").*")) {
      errors.add(path + ": '" + v.asText() + "' does not match " + schema.get("pattern").asText());
    }
    if (schema.has("minimum") && v.isNumber() && v.asDouble() < schema.get("minimum").asDouble()) {
      errors.add(path + ": below minimum");
    }
    if (v.isObject()) {
      for (JsonNode r : schema.path("required")) {
        if (!v.has(r.asText())) errors.add(path + ": missing required field '" + r.asText() + "'");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        JsonNode ps = schema.path("properties").get(f.getKey());
        if (ps != null) check(ps, f.getValue(), path + "." + f.getKey(), errors);
        else if (schema.path("additionalProperties").isObject()) {
          check(schema.get("additionalProperties"), f.getValue(), path + "." + f.getKey(), errors);
        } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
          errors.add(path + ": field '" + f.getKey() + "' is not allowed");
        }
      }
    }
    if (schema.has("oneOf")) {
      List<List<String>> branches = new ArrayList<>();
      for (JsonNode branch : schema.get("oneOf")) {
        List<String> e = new ArrayList<>();
        check(branch, v, path, e);
        branches.add(e);
      }
      long matching = branches.stream().filter(List::isEmpty).count();
      if (matching != 1) {
        errors.add(path + ": matches " + matching + " of the oneOf schemas (one expected)"
            + (matching == 0 ? "; closest: " + branches.stream().min(java.util.Comparator.comparingInt(List::size)).orElse(List.of()) : ""));
      }
    }
    if (v.isArray() && schema.has("items")) {
      for (int i = 0; i < v.size(); i++) check(schema.get("items"), v.get(i), path + "[" + i + "]", errors);
    }
  }

  private static boolean typeMatches(String type, JsonNode v) {
    return switch (type) {
      case "object" -> v.isObject();
      case "array" -> v.isArray();
      case "string" -> v.isTextual();
      case "integer" -> v.isIntegralNumber();
      case "number" -> v.isNumber();
      case "boolean" -> v.isBoolean();
      case "null" -> v.isNull();
      default -> throw new IllegalArgumentException("unknown type " + type);
    };
  }
}
