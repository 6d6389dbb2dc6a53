package org.curbcut.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule is complete: stable id, texts in its bundle, WCAG mapping that exists. */
class RuleCatalogTest {

  @Test
  void everyRuleHasItsTextsAndTheyReadWell() {
    for (Rule r : RuleCatalog.all()) {
      RuleMeta m = r.meta();
      assertThat(m.description()).as(m.id() + " description").doesNotStartWith(m.id() + ".").doesNotContain("''");
      assertThat(m.help()).as(m.id() + " help").doesNotStartWith(m.id() + ".").doesNotContain("''");
    }
  }

  @Test
  void idsAreUniqueAndActIdsLookLikeActIds() {
    Set<String> ids = new HashSet<>();
    for (Rule r : RuleCatalog.all()) {
      assertThat(ids.add(r.meta().id())).as("unique " + r.meta().id()).isTrue();
      for (String act : r.meta().act()) assertThat(act).matches("[0-9a-z]{6}");
      for (String sc : r.meta().wcag()) {
        assertThat(org.curbcut.internal.standards.Wcag.get().criterion(sc)).as(r.meta().id() + " maps to " + sc).isPresent();
      }
    }
  }

  /** MessageFormat swallows a lone apostrophe, so every bundle writes it doubled. */
  @Test
  void bundlesDoubleTheirApostrophes() throws java.io.IOException {
    java.nio.file.Path dir = org.curbcut.SharedData.root().resolve("engine/src/main/resources/org/curbcut/internal/rules");
    try (var files = java.nio.file.Files.walk(dir)) {
      for (java.nio.file.Path p : files.filter(f -> f.getFileName().toString().equals("messages.properties")).toList()) {
        for (String line : java.nio.file.Files.readAllLines(p)) {
          if (line.startsWith("#")) continue;
          assertThat(line.replace("''", "")).as(p.getParent().getFileName() + ": " + line).doesNotContain("'");
        }
      }
    }
  }

  @Test
  void anApostropheSurvivesFormatting() {
    RuleMeta m = RuleCatalog.byId("html-has-lang").orElseThrow().meta();
    assertThat(m.description()).isEqualTo("The page's html element has a lang attribute");
  }
}
