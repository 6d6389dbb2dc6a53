package org.curbcut.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Test;

class SelectorsTest {
  private static final String HTML = "<!doctype html><html><body><main>"
      + "<p id=only>a</p><p>b <span>c</span><span id=dup>d</span></p><span id=dup>e</span>"
      + "<div><img src=1><i>x</i><img src=2><img src=3></div></main></body></html>";

  @Test
  void selectorsUseUniqueIdsAndTypePositions() {
    Page p = HtmlSnapshot.parse(HTML, "t");
    assertThat(Selectors.of(p.byId("only").orElseThrow())).isEqualTo("#only");
    assertThat(Selectors.of(p.select("img").get(2))).isEqualTo("html > body > main > div > img:nth-of-type(3)");
    assertThat(Selectors.of(p.select("i").get(0))).isEqualTo("html > body > main > div > i");
    assertThat(Selectors.of(p.allById("dup").get(0))).isEqualTo("html > body > main > p:nth-of-type(2) > span:nth-of-type(2)");
  }

  @Test
  void rememberingGivesTheSameSelectorsAsOneCallEachAndEachFindsItsElement() {
    Page p = HtmlSnapshot.parse(HTML, "t");
    Function<Element, String> remembering = Selectors.remembering();
    for (Element e : p.elements()) {
      String selector = remembering.apply(e);
      assertThat(selector).isEqualTo(Selectors.of(e));
      assertThat(p.select(selector)).containsExactly(e);
    }
  }
}
