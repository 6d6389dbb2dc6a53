package org.curbcut.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {
  @Test
  void writesNestedValuesInTheirOwnOrder() {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("name", "a.html");
    page.put("bytes", 1024L);
    page.put("auditMs", 12.34567);
    page.put("failed", List.of("image-alt", "link-name"));
    page.put("cantTell", Map.of());
    page.put("error", null);
    page.put("ok", true);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("pages", List.of(page));
    root.put("none", new ArrayList<>());
    assertThat(JsonText.write(root)).isEqualTo("""
        {
          "pages": [
            {
              "name": "a.html",
              "bytes": 1024,
              "auditMs": 12.346,
              "failed": ["image-alt", "link-name"],
              "cantTell": {},
              "error": null,
              "ok": true
            }
          ],
          "none": []
        }
        """);
  }

  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    assertThat(JsonText.write("a\"b\\c\nd\u0001e\u2028")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001e\\u2028\"\n");
  }

  @Test
  void writesWholeDoublesWithoutDecimalsAndNonNumbersAsNull() {
    assertThat(JsonText.write(List.of(250.0, 0.0005, 1e7, Double.NaN, Double.POSITIVE_INFINITY)))
        .isEqualTo("[250, 0.001, 10000000, null, null]\n");
  }

  @Test
  void refusesWhatJsonCannotHold() {
    assertThatThrownBy(() -> JsonText.write(new Object())).isInstanceOf(IllegalArgumentException.class);
  }
}
