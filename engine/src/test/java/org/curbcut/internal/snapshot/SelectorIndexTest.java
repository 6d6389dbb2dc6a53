package org.curbcut.internal.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.curbcut.testkit.SharedData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.junit.jupiter.api.Test;

/** The indexed selector matching answers exactly what jsoup's own select does. */
class SelectorIndexTest {

  @Test
  void theRightmostCompoundNamesWhatTheElementMustHave() {
    assertThat(RightmostCompound.of("div.a.B#x")).isEqualTo(new RightmostCompound("x", List.of("a", "B"), "div"));
    assertThat(RightmostCompound.of("#nav > ul li.item:not(.off)[data-x=\"a b\"]"))
        .isEqualTo(new RightmostCompound(null, List.of("item"), "li"));
    assertThat(RightmostCompound.of(".a .b+*")).isEqualTo(new RightmostCompound(null, List.of(), null));
    assertThat(RightmostCompound.of(":is(a, area)[href]")).isEqualTo(new RightmostCompound(null, List.of(), null));
    assertThat(RightmostCompound.of("p:nth-child(2n+1)")).isEqualTo(new RightmostCompound(null, List.of(), "p"));
  }

  @Test
  void whatCannotBeReadForCertainHasNoRequirements() {
    assertThat(RightmostCompound.of(".a\\:b")).isNull(); // an escape
    assertThat(RightmostCompound.of("svg|rect")).isNull(); // a namespace
    assertThat(RightmostCompound.of(".été")).isNull(); // a name outside ASCII
    assertThat(RightmostCompound.of("a[title=x]]")).isNull(); // brackets that do not pair
    assertThat(RightmostCompound.of("a, b")).isNull(); // a list
    assertThat(RightmostCompound.of("#a#b")).isNull(); // two ids: left to jsoup
  }

  @Test
  void classesCompareAsJsoupComparesThem() {
    // jsoup's hasClass ignores case as String.equalsIgnoreCase does: the Kelvin sign is a K, a long s an S
    Document doc = Jsoup.parse("<p class='\u212Aey'>1</p><p class='KEY  key\tx'>2</p><p class=' keys \u017Fky'>3</p>"
        + "<p id=key class=key>4</p><svg><foreignObject class=key></foreignObject></svg>");
    assertSameAsJsoup(doc, List.of(".key", ".sky", ".SKY", "p.key", "p.KEY", ".key.x", "#key", "#KEY", "foreignObject", "foreignobject.key",
        "svg > .key", "*", "p", ".nothing", "html", ":root", "body > *"));
  }

  @Test
  void realPagesStyleSheetsMatchTheSameElements() throws IOException {
    // the real-world corpus's own selectors on its own pages (a sample of pages, every selector)
    List<Path> pages;
    try (Stream<Path> s = Files.list(SharedData.shared("realworld/pages"))) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().limit(12).toList();
    }
    assertThat(pages).hasSize(12);
    int compared = 0;
    for (Path page : pages) {
      Document doc = Jsoup.parse(Files.readString(page));
      List<String> selectors = new ArrayList<>();
      for (org.jsoup.nodes.Element style : doc.select("style")) {
        for (CssSheet.StyleRule rule : CssSheet.parse(style.data(), org.curbcut.snapshot.Device.DEFAULT).rules) {
          for (String sel : CssText.splitTopLevel(rule.selectors(), ',')) {
            if (!sel.isBlank()) selectors.add(sel.trim());
          }
        }
      }
      compared += assertSameAsJsoup(doc, selectors);
    }
    assertThat(compared).isGreaterThan(1000);
  }

  @Test
  void allElementsListsWhatJsoupListsInTheSameOrder() throws IOException {
    Document small = Jsoup.parse("<template><p>t</p></template><div><p>a<b>b</b></p>text<!-- c --><i></i></div><svg><g/></svg>");
    assertThat(SelectorIndex.allElements(small)).containsExactlyElementsOf(small.getAllElements());
    try (Stream<Path> s = Files.list(SharedData.shared("realworld/pages"))) {
      for (Path page : s.filter(p -> p.toString().endsWith(".html")).sorted().limit(12).toList()) {
        Document doc = Jsoup.parse(Files.readString(page));
        assertThat(SelectorIndex.allElements(doc)).as(page.toString()).containsExactlyElementsOf(doc.getAllElements());
      }
    }
  }

  /** Asserts the index gives jsoup's answer for every selector jsoup reads; returns how many it compared. */
  private static int assertSameAsJsoup(Document doc, List<String> selectors) {
    SelectorIndex index = new SelectorIndex(doc);
    int compared = 0;
    for (String css : selectors) {
      Evaluator expected;
      try {
        expected = QueryParser.parse(css);
      } catch (IllegalArgumentException | IllegalStateException unreadable) {
        continue;
      }
      assertThat(index.select(QueryParser.parse(css), css)).as(css).containsExactlyElementsOf(Selector.select(expected, doc));
      compared++;
    }
    return compared;
  }
}
