package org.curbcut.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.curbcut.testkit.SharedData;
import org.curbcut.internal.standards.Wcag;
import org.junit.jupiter.api.Test;

/** The WCAG data the reports read (org.curbcut.internal.standards.Wcag). */
class WcagTest {
  private final Wcag wcag = Wcag.get();

  @Test
  void hasEveryWcag21Criterion() {
    assertThat(wcag.version()).isEqualTo("2.1");
    assertThat(wcag.criteria()).hasSize(78);
    assertThat(wcag.criteria().stream().filter(c -> c.level().equals("A"))).hasSize(30);
    assertThat(wcag.criteria().stream().filter(c -> c.level().equals("AA"))).hasSize(20);
    assertThat(wcag.criteria().stream().filter(c -> c.level().equals("AAA"))).hasSize(28);
    assertThat(wcag.criteria().stream().filter(c -> c.since().equals("2.1"))).hasSize(17);
  }

  @Test
  void looksUpACriterion() {
    Wcag.Criterion c = wcag.criterion("1.4.3").orElseThrow();
    assertThat(c.title()).isEqualTo("Contrast (Minimum)");
    assertThat(c.level()).isEqualTo("AA");
    assertThat(c.label()).isEqualTo("1.4.3 Contrast (Minimum)");
    assertThat(c.url()).isEqualTo("https://www.w3.org/TR/WCAG21/#contrast-minimum");
    assertThat(c.understandingUrl()).isEqualTo("https://www.w3.org/WAI/WCAG21/Understanding/contrast-minimum.html");
    assertThat(c.guideline()).isEqualTo("1.4");
    assertThat(wcag.guidelineTitle(c.guideline())).contains("Distinguishable");
    assertThat(wcag.principleTitle(c.principle())).contains("Perceivable");
    assertThat(wcag.criterion("9.9.9")).isEmpty();
  }

  @Test
  void ordersNumbersLikeTheSpecification() {
    List<String> numbers = new ArrayList<>(List.of("1.4.10", "2.1.1", "1.4.3", "1.4.1"));
    numbers.sort(Wcag.numberOrder());
    assertThat(numbers).containsExactly("1.4.1", "1.4.3", "1.4.10", "2.1.1");
    assertThat(wcag.criteria().get(27).number()).isEqualTo("1.4.12");
  }

  @Test
  void agreesWithTheActRulesOnEveryMappedCriterion() throws Exception {
    JsonNode rules = new ObjectMapper().readTree(SharedData.shared().resolve("act/rules.json").toFile());
    int checked = 0;
    for (JsonNode rule : rules) {
      for (JsonNode req : rule.path("accessibilityRequirements")) {
        if (!req.has("sc")) continue;
        String sc = req.get("sc").asText();
        Wcag.Criterion c = wcag.criterion(sc).orElseThrow(() -> new AssertionError("missing " + sc));
        assertThat(c.level()).as(sc).isEqualTo(req.get("level").asText());
        assertThat(req.get("title").asText()).as(sc).startsWith(sc + " " + c.title());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50);
  }
}
