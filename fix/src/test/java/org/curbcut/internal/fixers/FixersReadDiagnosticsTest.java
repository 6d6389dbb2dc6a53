package org.curbcut.internal.fixers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Repairs work from what the rules found (a result's diagnostic), never from the rules' own code
 * or their message wording: no class of the repair module uses the rule packages, and no fixer
 * reads a result's message key or message.
 */
class FixersReadDiagnosticsTest {

  /** The repair module's sources (surefire sets curbcut.root to the project root). */
  private static Path fixSources() {
    String root = System.getProperty("curbcut.root");
    Path project = root != null ? Paths.get(root) : Paths.get("").toAbsolutePath().getParent();
    return project.resolve("fix/src/main/java/org/curbcut");
  }

  @Test
  void theRepairModuleNeverUsesTheRules() throws IOException {
    List<String> offenders = new ArrayList<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(fixSources())) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    for (Path f : sources) {
      if (Files.readString(f).contains("org.curbcut.internal.rules")) offenders.add(f.getFileName().toString());
    }
    assertThat(sources).hasSizeGreaterThan(50);
    assertThat(offenders).isEmpty();
  }

  @Test
  void fixersNeverReadMessageKeysOrMessages() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(fixSources().resolve("internal/fixers"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String code = Files.readString(f);
        if (code.contains(".messageKey()") || code.matches("(?s).*failure\\.message\\(\\).*")) offenders.add(f.getFileName().toString());
      }
    }
    assertThat(offenders).isEmpty();
  }
}
