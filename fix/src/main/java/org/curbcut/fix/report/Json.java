package org.curbcut.fix.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.curbcut.audit.AuditReport;
import org.curbcut.report.ReportFormat;

/** The Jackson mapper of the JSON-based formats, and the audit formats read back as trees to extend. */
final class Json {
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private Json() {}

  /** An audit report in one of the engine's JSON formats, as a tree. */
  static ObjectNode audit(ReportFormat format, AuditReport report) {
    try {
      return (ObjectNode) MAPPER.readTree(format.render(report));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(JsonNode node, Writer w) throws IOException {
    MAPPER.writeValue(w, node);
    w.write('\n');
    w.flush();
  }
}
