package org.curbcut.internal.rules.aria;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.curbcut.testkit.SharedData;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.snapshot.Element;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;
import org.curbcut.testkit.Html5libCorpus;
import org.junit.jupiter.api.Test;

/**
 * Every ARIA rule and the role/hidden/focus semantics run without an exception over the html5lib
 * tree-construction documents (the malformed-HTML corpus) and every ACT test case page.
 */
class AriaRulesRobustnessTest {
  @Test
  void rulesAndSemanticsSurviveMalformedAndExamplePages() throws IOException {
    List<String> problems = new ArrayList<>();
    List<String> docs = new ArrayList<>(Html5libCorpus.inputs());
    for (JsonNode c : new ObjectMapper().readTree(SharedData.shared().resolve("act/testcases.json").toFile())) {
      if (c.get("language").asText().equals("html")) docs.add(c.get("html").asText());
    }
    for (String doc : docs) {
      try {
        Page page = HtmlSnapshot.parse(doc, "corpus");
        Aria aria = Aria.of(page);
        for (Element e : page.elements()) {
          aria.role(e);
          aria.roleOrGeneric(e);
          aria.isHiddenFromAT(e);
          aria.isInTabOrder(e);
          aria.tree().parent(e);
          aria.tree().children(e);
        }
        for (Rule r : AriaRules.all()) r.evaluate(new RuleContext(page), new Outcomes(r.meta()));
      } catch (RuntimeException ex) {
        problems.add(ex + " in " + doc);
      }
    }
    assertThat(docs.size()).isGreaterThan(2000);
    assertThat(problems).isEmpty();
  }
}
