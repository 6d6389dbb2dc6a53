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
        assertThat(org.curbcut.standards.Wcag.get().criterion(sc)).as(r.meta().id() + " maps to " + sc).isPresent();
      }
    }
  }

  @Test
  void anApostropheSurvivesFormatting() {
    RuleMeta m = RuleCatalog.byId("html-has-lang").orElseThrow().meta();
    assertThat(m.description()).isEqualTo("The page's html element has a lang attribute");
  }
}
