package org.curbcut.internal.standards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads the plain data files of this package: line lists with {@code #} comments, and properties. */
final class DataFiles {
  private DataFiles() {}

  /** The lines of a data file next to this class, stripped, without comments and blank lines. */
  static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    for (String line : new String(bytes(name), StandardCharsets.UTF_8).split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) out.add(l);
    }
    return out;
  }

  /** A properties file next to this class. */
  static Properties properties(String name) {
    Properties p = new Properties();
    try (InputStream in = open(name)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static byte[] bytes(String name) {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream open(String name) {
    InputStream in = DataFiles.class.getResourceAsStream(name);
    if (in == null) throw new IllegalStateException("missing standards data file " + name);
    return in;
  }
}
