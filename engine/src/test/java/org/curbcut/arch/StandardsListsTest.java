package org.curbcut.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.curbcut.testkit.SharedData;
import org.curbcut.internal.standards.HtmlStandards;
import org.junit.jupiter.api.Test;

/**
 * Lists of HTML element names live in {@code org.curbcut.internal.standards} (html.json), nowhere
 * else: the main sources of the library and the command line (engine, fix, cli) hold no element
 * list ({@link ElementListCheck} says precisely what one is) but those of the allowlist
 * {@code element-lists-allowlist.txt}, each with its reason. The allowlist only shrinks: a new
 * entry also means raising {@link #MOST_ALLOWED}, in review.
 */
class StandardsListsTest {
  /** The size of the allowlist today. Lower it when an entry goes; raise it only with the lead's review. */
  static final int MOST_ALLOWED = 29;
  /** Modules whose main sources are checked (bench writes test pages and may name elements freely). */
  static final List<String> MODULES = List.of("engine", "fix", "cli");
  private static final String STANDARDS = "org/curbcut/internal/standards/";

  @Test
  void noElementListOutsideTheStandardsButTheAllowedOnes() {
    ElementListCheck.Result r = ElementListCheck.check(mainSources(), allowlist(), HtmlStandards.get()::isKnownElement);
    assertThat(r.unallowed()).as("element lists outside internal.standards: read them from HtmlStandards (or, if one"
        + " must stay, add it to element-lists-allowlist.txt with its reason)").isEmpty();
    assertThat(r.unused()).as("allowlist entries that match nothing any more: remove them and lower MOST_ALLOWED").isEmpty();
  }

  @Test
  void theAllowlistOnlyShrinksAndSaysWhy() {
    List<ElementListCheck.Allowed> allowed = allowlist();
    assertThat(allowed).hasSizeLessThanOrEqualTo(MOST_ALLOWED);
    for (ElementListCheck.Allowed a : allowed) {
      assertThat(a.reason()).as("reason of " + a.path() + " " + a.names()).hasSizeGreaterThan(30);
      assertThat(a.path()).as("allowlist path").doesNotContain(STANDARDS);
    }
  }

  /** The main Java sources of the checked modules, by path from the project root, standards left out. */
  static Map<String, String> mainSources() {
    Path root = SharedData.root();
    Map<String, String> out = new TreeMap<>();
    for (String module : MODULES) {
      Path dir = root.resolve(module).resolve("src/main/java");
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String rel = root.relativize(p).toString().replace('\\', '/');
          if (rel.contains(STANDARDS)) continue;
          out.put(rel, Files.readString(p, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  static List<ElementListCheck.Allowed> allowlist() {
    try (InputStream in = StandardsListsTest.class.getResourceAsStream("element-lists-allowlist.txt")) {
      if (in == null) throw new IllegalStateException("element-lists-allowlist.txt missing");
      return ElementListCheck.parseAllowlist(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
