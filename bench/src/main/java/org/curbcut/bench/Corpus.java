package org.curbcut.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds what the benchmarks read: the project root, the demo site's pages, the html5lib corpus. */
public final class Corpus {
  private Corpus() {}

  /** The project root: -Dcurbcut.root, else the first folder upwards holding engine/ and pom.xml. */
  public static Path root() {
    String p = System.getProperty("curbcut.root");
    if (p != null) return Paths.get(p).toAbsolutePath().normalize();
    for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("engine")) && Files.exists(d.resolve("pom.xml"))) return d;
    }
    return Paths.get("").toAbsolutePath();
  }

  /** The demo site's top-level pages (demo-site/*.html), sorted; empty when there is no demo site. */
  public static List<Path> demoPages() throws IOException {
    Path dir = root().resolve("demo-site");
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList();
    }
  }

  /** Every #data document of ../shared/html5lib/tree-construction (read as UTF-8, split on LF only). */
  public static List<String> html5lib() throws IOException {
    String shared = System.getProperty("curbcut.shared");
    Path dir = (shared != null ? Paths.get(shared) : root().resolve("../shared")).resolve("html5lib/tree-construction")
        .normalize();
    if (!Files.isDirectory(dir)) throw new IOException("html5lib corpus not found at " + dir);
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(f -> f.toString().endsWith(".dat")).sorted().toList();
    }
    List<String> docs = new ArrayList<>();
    for (Path f : files) {
      String[] lines = new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].equals("#data")) continue;
        StringBuilder b = new StringBuilder();
        int j = i + 1;
        for (; j < lines.length && !lines[j].equals("#errors"); j++) {
          if (j > i + 1) b.append('\n');
          b.append(lines[j]);
        }
        docs.add(b.toString());
        i = j;
      }
    }
    return docs;
  }
}
