package org.curbcut.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.curbcut.audit.DiagnosticFields;

/** The one Jackson mapper of the JSON-based formats: pretty-printed, never closes the caller's writer. */
final class JsonSupport {
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private JsonSupport() {}

  static void write(JsonNode node, Writer w) throws IOException {
    MAPPER.writeValue(w, node);
    w.write('\n');
    w.flush();
  }

  /** A diagnostic as JSON: {@code {"kind": ..., <field>: <value>, ...}} (see docs/report-schema.md). */
  static ObjectNode diagnostic(DiagnosticFields d) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("kind", d.kind());
    for (Map.Entry<String, Object> f : d.fields().entrySet()) n.set(f.getKey(), value(f.getValue()));
    return n;
  }


  private static JsonNode value(Object v) {
    if (v instanceof String s) return MAPPER.getNodeFactory().textNode(s);
    if (v instanceof Boolean b) return MAPPER.getNodeFactory().booleanNode(b);
    if (v instanceof Integer i) return MAPPER.getNodeFactory().numberNode(i);
    if (v instanceof Long l) return MAPPER.getNodeFactory().numberNode(l);
    if (v instanceof Double d) return MAPPER.getNodeFactory().numberNode(d);
    if (v instanceof List<?> list) {
      ArrayNode a = MAPPER.createArrayNode();
      for (Object x : list) a.add(value(x));
      return a;
    }
    if (v instanceof Map<?, ?> m) {
      ObjectNode o = MAPPER.createObjectNode();
      for (Map.Entry<?, ?> e : m.entrySet()) o.set(String.valueOf(e.getKey()), value(e.getValue()));
      return o;
    }
    throw new IllegalArgumentException("not a diagnostic value: " + v);
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode a = MAPPER.createArrayNode();
    values.forEach(a::add);
    return a;
  }
}
