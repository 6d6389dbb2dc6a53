package org.curbcut.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

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

  static ArrayNode strings(List<String> values) {
    ArrayNode a = MAPPER.createArrayNode();
    values.forEach(a::add);
    return a;
  }
}
