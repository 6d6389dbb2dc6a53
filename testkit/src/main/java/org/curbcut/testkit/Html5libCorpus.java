package org.curbcut.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The html5lib tree-construction corpus ({@code html5lib/tree-construction} in the shared
 * corpora): 1,796 documents of malformed HTML of every kind. Read as the corpus's README says:
 * files as UTF-8 bytes, split on LF only (some documents hold raw CR and NUL), the input being
 * every line between {@code #data} and {@code #errors}. Files are read in sorted path order, so
 * every reader sees the documents in the same order.
 */
public final class Html5libCorpus {
  /** The corpus folder, relative to the shared corpora. */
  public static final String FOLDER = "html5lib/tree-construction";
  /** How many documents the corpus holds (its README counts them). */
  public static final int SIZE = 1796;

  private Html5libCorpus() {}

  /** Every document of the shared corpus. */
  public static List<Html5libDocument> documents() {
    return documents(SharedData.shared(FOLDER));
  }

  /** Every document of the {@code .dat} files under {@code dir}, in sorted path order. */
  public static List<Html5libDocument> documents(Path dir) {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".dat")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the html5lib corpus at " + dir, e);
    }
    List<Html5libDocument> docs = new ArrayList<>();
    for (Path f : files) {
      String name = dir.relativize(f).toString().replace('\\', '/');
      try {
        docs.addAll(parse(name, Files.readAllBytes(f)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + f, e);
      }
    }
    return docs;
  }

  /** Every document's input, in order. */
  public static List<String> inputs() {
    return documents().stream().map(Html5libDocument::html).toList();
  }

  /** The {@code #data} sections of one {@code .dat} file's bytes. */
  public static List<Html5libDocument> parse(String file, byte[] bytes) {
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
    List<Html5libDocument> docs = new ArrayList<>();
    int i = 0;
    while (i < lines.length) {
      if (!lines[i].equals("#data")) {
        i++;
        continue;
      }
      StringBuilder data = new StringBuilder();
      int j = i + 1;
      for (; j < lines.length && !lines[j].equals("#errors"); j++) {
        if (j > i + 1) data.append('\n');
        data.append(lines[j]);
      }
      docs.add(new Html5libDocument(file, docs.size() + 1, data.toString()));
      i = j;
    }
    return docs;
  }
}
