package org.curbcut;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds the shared test corpora (../shared beside the project) and the project root. */
public final class SharedData {
  private SharedData() {}

  public static Path shared() {
    String p = System.getProperty("curbcut.shared");
    Path path = p != null ? Paths.get(p) : root().resolve("../shared");
    path = path.normalize();
    if (!Files.isDirectory(path)) throw new IllegalStateException("shared test data not found at " + path);
    return path;
  }

  public static Path root() {
    String p = System.getProperty("curbcut.root");
    if (p != null) return Paths.get(p);
    Path here = Paths.get("").toAbsolutePath();
    return Files.exists(here.resolve("engine")) ? here : here.getParent();
  }
}
