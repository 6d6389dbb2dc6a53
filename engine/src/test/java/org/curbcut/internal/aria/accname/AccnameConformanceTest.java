package org.curbcut.internal.aria.accname;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.curbcut.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs every web-platform-tests accname case ({@code ../shared/accname/cases.json}), prints the
 * conformance table and writes it to {@code engine/target/conformance/accname.md}.
 *
 * <p>Fails when a case that needs no CSS fails without being listed, with a reason, in
 * {@code known-failures.txt}, and when a listed case passes again (so the list only shrinks).
 * Cases that need CSS are reported, never failing the build.
 */
class AccnameConformanceTest {
  private static Map<String, String> known;
  private static List<AccnameSuite.CaseResult> results;

  @BeforeAll
  static void runSuite() throws IOException {
    known = AccnameSuite.loadKnownFailures();
    results = new AccnameSuite(known).run();
    String table = AccnameSuite.table(results);
    System.out.println(table);
    Path out = SharedData.root().resolve("engine/target/conformance/accname.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table, StandardCharsets.UTF_8);
  }

  @Test
  void runsEveryCase() {
    assertThat(results).hasSize(644);
  }

  @Test
  void everyCaseThatNeedsNoCssPasses() {
    List<String> failed = results.stream().filter(r -> r.status() == AccnameSuite.Status.FAILED)
        .map(r -> r.id() + ": expected \"" + r.expected() + "\" got \"" + r.got() + "\"").toList();
    assertThat(failed).as("accname cases (needsCss=false) failing and not in known-failures.txt").isEmpty();
  }

  @Test
  void knownFailuresStillFail() {
    Set<String> ids = results.stream().map(AccnameSuite.CaseResult::id).collect(Collectors.toSet());
    List<String> stale = known.keySet().stream()
        .filter(id -> !ids.contains(id) || results.stream().anyMatch(r -> r.id().equals(id)
            && r.status() != AccnameSuite.Status.KNOWN_FAILURE))
        .toList();
    assertThat(stale).as("known-failures.txt entries that now pass, need CSS, or match no case: remove them").isEmpty();
  }
}
