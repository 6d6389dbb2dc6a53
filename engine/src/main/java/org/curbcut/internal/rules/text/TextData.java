package org.curbcut.internal.rules.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The data files of this package's rules: word lists, one entry a line, {@code #} for comments. */
final class TextData {
  private TextData() {}

  /** The lines of a data file next to this class, stripped, without comments and blank lines. */
  static List<String> lines(String name) {
    try (InputStream in = TextData.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing data file " + name);
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) out.add(l);
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
