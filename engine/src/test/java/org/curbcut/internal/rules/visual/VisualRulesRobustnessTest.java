package org.curbcut.internal.rules.visual;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.curbcut.testkit.SharedData;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;
import org.curbcut.testkit.Html5libCorpus;
import org.junit.jupiter.api.Test;

/** Every visual rule runs without an exception over the html5lib corpus and every ACT test case page. */
class VisualRulesRobustnessTest {
  @Test
  void rulesSurviveMalformedAndExamplePages() throws IOException {
    List<String> problems = new ArrayList<>();
    List<String> docs = new ArrayList<>(Html5libCorpus.inputs());
    for (JsonNode c : new ObjectMapper().readTree(SharedData.shared().resolve("act/testcases.json").toFile())) {
      if (c.get("language").asText().equals("html")) docs.add(c.get("html").asText());
    }
    for (String doc : docs) {
      Page page = HtmlSnapshot.parse(doc, "corpus");
      for (Rule r : VisualRules.all()) {
        try {
          Outcomes out = new Outcomes(r.meta());
          r.evaluate(new RuleContext(page), out);
          out.results().forEach(x -> x.message());
        } catch (RuntimeException ex) {
          problems.add(r.meta().id() + ": " + ex + " in " + doc);
        }
      }
    }
    assertThat(docs.size()).isGreaterThan(2000);
    assertThat(problems).isEmpty();
  }
}
