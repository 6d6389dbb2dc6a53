package org.curbcut.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.curbcut.testkit.Html5libCorpus;
import org.curbcut.testkit.SharedData;

/**
 * What the benchmarks read: the project root, the demo site's pages, the html5lib corpus. Where
 * they are, and how the corpus is split into documents, is the testkit's business (the tests read
 * the same documents the same way).
 */
public final class Corpus {
  private Corpus() {}

  /** The project root: -Dcurbcut.root, else the first folder upwards holding engine/ and pom.xml. */
  public static Path root() {
    return SharedData.root();
  }

  /** The demo site's top-level pages (demo-site/*.html), sorted; empty when there is no demo site. */
  public static List<Path> demoPages() throws IOException {
    Path dir = SharedData.demoSite();
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList();
    }
  }

  /** Every #data document of the shared html5lib tree-construction corpus, in the testkit's order. */
  public static List<String> html5lib() {
    return Html5libCorpus.inputs();
  }
}
