package org.curbcut.fix.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.IdentityHashMap;
import java.util.Map;
import org.curbcut.audit.PageReport;

/** The Jackson mapper of the JSON-based formats, and which page repair an audit page belongs to. */
final class Json {
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private Json() {}

  /** The page repair each audit page of the report belongs to, before and after repair. */
  static Map<PageReport, PageRepair> byPage(RepairReport r) {
    Map<PageReport, PageRepair> out = new IdentityHashMap<>();
    for (PageRepair p : r.pages()) {
      out.putIfAbsent(p.before(), p);
      out.putIfAbsent(p.after(), p);
    }
    return out;
  }

  static void write(JsonNode node, Writer w) throws IOException {
    MAPPER.writeValue(w, node);
    w.write('\n');
    w.flush();
  }
}
