package org.curbcut.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Html5libCorpusTest {

  @Test
  void readsEveryDocumentTheReadmeCounts() {
    List<Html5libDocument> docs = Html5libCorpus.documents();
    assertThat(docs).hasSize(Html5libCorpus.SIZE);
    assertThat(docs.stream().filter(d -> d.file().startsWith("scripted/"))).hasSize(4);
    assertThat(docs.stream().map(Html5libDocument::name).distinct()).hasSize(Html5libCorpus.SIZE);
  }

  @Test
  void keepsRawCarriageReturnsAndNuls() {
    List<Html5libDocument> docs = Html5libCorpus.documents();
    assertThat(docs.stream().filter(d -> d.html().indexOf('\0') >= 0)).isNotEmpty();
    assertThat(docs.stream().filter(d -> d.html().indexOf('\r') >= 0)).isNotEmpty();
  }

  @Test
  void takesTheLinesBetweenDataAndErrorsWithoutTheLastNewline() {
    String dat = "#data\n<p>one\n#errors\n(1,3): error\n#document\n| <html>\n\n"
        + "#data\n\n#errors\n#document\n\n"
        + "#data\na\r\nb\u0000\n\n#errors\n";
    List<Html5libDocument> docs = Html5libCorpus.parse("x.dat", dat.getBytes(StandardCharsets.UTF_8));
    assertThat(docs).containsExactly(
        new Html5libDocument("x.dat", 1, "<p>one"),
        new Html5libDocument("x.dat", 2, ""),
        new Html5libDocument("x.dat", 3, "a\r\nb\u0000\n"));
    assertThat(docs.get(2).name()).isEqualTo("x.dat#3");
  }

  @Test
  void findsTheProjectAndTheSharedCorpora() {
    assertThat(SharedData.root().resolve("engine/pom.xml")).isRegularFile();
    assertThat(SharedData.shared("act/testcases.json")).isRegularFile();
    assertThat(SharedData.demoSite().resolve("index.html")).isRegularFile();
  }
}
