package org.curbcut.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the project root and the shared test corpora are. The build sets both (the parent POM
 * gives surefire {@code curbcut.root} and {@code curbcut.shared}); without them, the root is the
 * nearest folder upwards holding {@code pom.xml} and {@code engine/}, and the corpora are
 * {@code ../shared} beside it. This is the only place that knows.
 */
public final class SharedData {
  /** System property naming the shared corpora folder. */
  public static final String SHARED_PROPERTY = "curbcut.shared";
  /** System property naming the project root. */
  public static final String ROOT_PROPERTY = "curbcut.root";

  private SharedData() {}

  /** The shared corpora folder (act/, accname/, html5lib/, realworld/); throws when it is missing. */
  public static Path shared() {
    String p = System.getProperty(SHARED_PROPERTY);
    Path path = (p != null ? Paths.get(p) : root().resolve("../shared")).toAbsolutePath().normalize();
    if (!Files.isDirectory(path)) {
      throw new IllegalStateException("shared test data not found at " + path + " (set -D" + SHARED_PROPERTY + ")");
    }
    return path;
  }

  /** One folder or file of the shared corpora, e.g. {@code shared("act/testcases.json")}. */
  public static Path shared(String relative) {
    return shared().resolve(relative);
  }

  /** The project root (the folder of the parent POM). */
  public static Path root() {
    String p = System.getProperty(ROOT_PROPERTY);
    if (p != null) return Paths.get(p).toAbsolutePath().normalize();
    Path here = Paths.get("").toAbsolutePath();
    for (Path d = here; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("engine")) && Files.isRegularFile(d.resolve("pom.xml"))) return d;
    }
    return here;
  }

  /** The bundled demo site (demo-site/ at the project root). */
  public static Path demoSite() {
    return root().resolve("demo-site");
  }
}
