package org.curbcut.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.cli.MainTest.NO_LANG;
import static org.curbcut.cli.MainTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Every --format gives output its readers can parse, on stdout and in --output files. */
class FormatsTest {
  @TempDir Path dir;

  private String[] inputs() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.html"), NO_LANG, StandardCharsets.UTF_8);
    return new String[] {bad.toString(), dir.resolve("missing.html").toString()};
  }

  private MainTest.Run audit(String format, String... more) throws IOException {
    String[] in = inputs();
    List<String> args = new ArrayList<>(List.of("audit", "--format", format));
    args.addAll(List.of(more));
    args.addAll(List.of(in));
    MainTest.Run r = run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isEqualTo(2); // one input unreadable
    assertThat(r.err().lines()).hasSize(1);
    return r;
  }

  @Test
  void text() throws IOException {
    MainTest.Run r = audit("text");
    assertThat(r.out()).contains("bad.html").contains("html-has-lang").contains("missing.html")
        .doesNotContain("\u001b["); // no colour when not on a terminal
  }

  @Test
  void json() throws IOException {
    JsonNode root = new ObjectMapper().readTree(audit("json").out());
    assertThat(root.get("schemaVersion").asInt()).isEqualTo(2);
    assertThat(root.get("pages")).hasSize(2);
    // cantTell findings are counted per rule by default, and listed on request
    assertThat(root.get("cantTellFindings").asText()).isEqualTo("counted");
    JsonNode listed = new ObjectMapper().readTree(audit("json", "--list-cant-tell").out());
    assertThat(listed.get("cantTellFindings").asText()).isEqualTo("listed");
    int cantTell = listed.at("/pages/0/summary/findings/cantTell").asInt();
    assertThat(cantTell).isPositive();
    assertThat(listed.at("/pages/0/findings").size()).isEqualTo(root.at("/pages/0/findings").size() + cantTell);
  }

  @Test
  void sarif() throws IOException {
    JsonNode root = new ObjectMapper().readTree(audit("sarif").out());
    assertThat(root.get("version").asText()).isEqualTo("2.1.0");
    assertThat(root.get("runs").get(0).get("results").size()).isGreaterThan(0);
  }

  @Test
  void earl() throws IOException {
    JsonNode root = new ObjectMapper().readTree(audit("earl").out());
    assertThat(root.has("@context")).isTrue();
  }

  @Test
  void junit() throws Exception {
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(audit("junit").out().getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getNodeName()).isIn("testsuites", "testsuite");
    assertThat(doc.getElementsByTagName("failure").getLength()).isGreaterThan(0);
  }

  @Test
  void html() throws IOException {
    String out = audit("html").out();
    Page page = HtmlSnapshot.parse(out, "report.html");
    assertThat(page.root().attr("lang")).isPresent();
    assertThat(page.select("title")).hasSize(1);
    assertThat(out).contains("html-has-lang").contains("missing.html");
  }

  @Test
  void formatNamesAreCaseInsensitiveAndUnknownOnesAreUsageErrors() throws IOException {
    String[] in = inputs();
    assertThat(run("audit", "--format", "JSON", in[0]).code()).isEqualTo(1);
    MainTest.Run r = run("audit", "--format", "pdf", in[0]);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("unknown format 'pdf'");
  }

  @Test
  void everyFormatCanGoToAFile() throws IOException {
    String[] in = inputs();
    for (String f : new String[] {"text", "json", "sarif", "junit", "earl", "html"}) {
      Path out = dir.resolve("report." + f);
      MainTest.Run r = run("audit", "--quiet", "--format", f, "--output", out.toString(), in[0]);
      assertThat(r.code()).as(f).isEqualTo(1);
      assertThat(r.out()).as(f).isEmpty();
      assertThat(Files.size(out)).as(f).isGreaterThan(100);
    }
  }
}
