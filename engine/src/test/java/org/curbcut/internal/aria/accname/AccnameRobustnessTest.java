package org.curbcut.internal.aria.accname;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.internal.aria.Aria;
import org.curbcut.snapshot.Element;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;
import org.curbcut.testkit.Html5libCorpus;
import org.junit.jupiter.api.Test;

/**
 * The name and description of every element of every html5lib tree-construction document (the
 * malformed-HTML corpus) compute without an exception, and are normalised.
 */
class AccnameRobustnessTest {
  @Test
  void everyElementOfTheMalformedCorpusGetsANameAndDescription() {
    List<String> problems = new ArrayList<>();
    int elements = 0;
    for (String doc : Html5libCorpus.inputs()) {
      Page page = HtmlSnapshot.parse(doc, "html5lib");
      Aria aria = Aria.of(page);
      for (Element e : page.elements()) {
        elements++;
        try {
          for (AccessibleName n : List.of(aria.name(e), aria.description(e))) {
            if (!n.value().equals(n.value().strip()) || n.value().contains("  ")) {
              problems.add("not normalised: '" + n.value() + "' in " + doc);
            }
          }
        } catch (RuntimeException ex) {
          problems.add(ex + " in " + doc);
        }
      }
    }
    assertThat(elements).isGreaterThan(5000);
    assertThat(problems).isEmpty();
  }
}
