package org.curbcut.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Attribute lookup: names compared ignoring case, exactly as {@link String#equalsIgnoreCase} does. */
class ElementAttributesTest {

  private static Attribute attr(String name, String value) {
    return new Attribute(name, value, SourceRange.UNKNOWN, SourceRange.UNKNOWN);
  }

  private static Element element(Attribute... attributes) {
    PageBuilder b = new PageBuilder("t", "");
    Element root = b.root("svg", Namespace.SVG, List.of(attributes), SourceRange.UNKNOWN, SourceRange.UNKNOWN);
    b.build();
    return root;
  }

  @Test
  void foreignNamesKeepTheirCaseAndAreFoundIgnoringIt() {
    Element svg = element(attr("viewBox", "0 0 1 1"), attr("class", "icon"), attr("preserveAspectRatio", "none"));
    assertThat(svg.attr("viewbox")).contains("0 0 1 1");
    assertThat(svg.attr("viewBox")).contains("0 0 1 1");
    assertThat(svg.attr("VIEWBOX")).contains("0 0 1 1");
    assertThat(svg.attrOr("class", "")).isEqualTo("icon");
    assertThat(svg.has("preserveaspectratio")).isTrue();
    assertThat(svg.has("onclick")).isFalse();
    assertThat(svg.has("viewbo")).isFalse();
  }

  @Test
  void caseFoldsBeyondAsciiMatchAsEqualsIgnoreCaseDoes() {
    // the Kelvin sign is a K, the long s an S, the dotted capital I an i, ignoring case
    Element e = element(attr("Data-\u212Aey", "1"), attr("\u017Frc", "2"), attr("\u0130d", "3"), attr("x\uD801\uDC00", "4"));
    assertThat("Data-\u212Aey".equalsIgnoreCase("data-key")).isTrue();
    assertThat(e.attr("data-key")).contains("1");
    assertThat(e.attr("src")).contains("2");
    assertThat(e.attr("id")).contains("3");
    assertThat(e.attr("x\uD801\uDC28")).contains("4"); // Deseret, compared by code point
    assertThat(e.has("data-kez")).isFalse();
    assertThat(e.has("rc")).isFalse();
  }
}
