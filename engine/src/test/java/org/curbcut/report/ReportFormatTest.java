package org.curbcut.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

  @Test
  void parsesCommandLineNames() {
    assertThat(ReportFormat.parse("text")).isEqualTo(ReportFormat.TEXT);
    assertThat(ReportFormat.parse(" SARIF ")).isEqualTo(ReportFormat.SARIF);
    assertThat(ReportFormat.parse("junit").extension()).isEqualTo("xml");
    assertThatThrownBy(() -> ReportFormat.parse("pdf")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text, json, sarif, junit, earl, html");
  }

  @Test
  void writesUtf8ToAStreamAndLeavesWritersOpen() throws Exception {
    for (ReportFormat f : ReportFormat.values()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      f.write(ReportFixtures.report(), bytes, ReportOptions.defaults());
      assertThat(bytes.toString(StandardCharsets.UTF_8)).as(f.id()).isEqualTo(ReportFixtures.render(f));

      boolean[] closed = {false};
      Writer w = new StringWriter() {
        @Override
        public void close() {
          closed[0] = true;
        }
      };
      f.write(ReportFixtures.report(), w);
      assertThat(closed[0]).as(f.id() + " closes the caller's writer").isFalse();
    }
  }

  @Test
  void anEmptyReportIsStillHonest() {
    var empty = new org.curbcut.audit.AuditReport("curbcut", "1", org.curbcut.rules.Level.AA, null, java.util.List.of());
    for (ReportFormat f : ReportFormat.values()) assertThat(f.render(empty)).as(f.id()).isNotBlank();
    assertThat(ReportFormat.TEXT.render(empty)).contains("No pages audited");
  }
}
