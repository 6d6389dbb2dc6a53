package org.curbcut.internal.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PresentationalHintsTest {

  /** HTML "rules for parsing a legacy colour value", with the spec's and browsers' known answers. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "red|red",
      "  Navy |navy",
      "#f00|#f00",
      "#ff0000|#ff0000",
      "ff0000|#ff0000",
      "#0f0f0f|#0f0f0f",
      "chucknorris|#c00000",
      "ninjaturtle|#00a000",
      "crap|#c0a000",
      "sick|#00c000",
      "#abcd|#abcd00",
      "#12345678|#124578",
      "abc|#0a0b0c",
      "#1|#010000",
      "#0000000000ff|#0000ff",
  })
  void readsLegacyColoursAsBrowsersDo(String value, String expected) {
    assertThat(PresentationalHints.legacyColor(value)).contains(expected);
  }

  @Test
  void anEmptyOrTransparentColourGivesNothing() {
    assertThat(PresentationalHints.legacyColor("")).isEmpty();
    assertThat(PresentationalHints.legacyColor("  ")).isEmpty();
    assertThat(PresentationalHints.legacyColor("transparent")).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "1|x-small", "2|small", "3|medium", "4|large", "5|x-large", "6|xx-large", "7|xxx-large", "9|xxx-large",
      "0|x-small", "+1|large", "+4|xxx-large", "-1|small", "-2|x-small", "-9|x-small", " 5 |x-large", "4.5|large",
  })
  void readsLegacyFontSizes(String value, String expected) {
    assertThat(PresentationalHints.fontSize(value)).contains(expected);
  }

  @Test
  void anUnreadableFontSizeGivesNothing() {
    assertThat(PresentationalHints.fontSize("")).isEmpty();
    assertThat(PresentationalHints.fontSize("big")).isEmpty();
    assertThat(PresentationalHints.fontSize("+")).isEmpty();
  }

  @Test
  void readsDimensionValues() {
    assertThat(PresentationalHints.dimensionValue("100")).contains("100px");
    assertThat(PresentationalHints.dimensionValue(" 50% ")).contains("50%");
    assertThat(PresentationalHints.dimensionValue("12.5px")).contains("12.5px");
    assertThat(PresentationalHints.dimensionValue("0")).isEmpty();
    assertThat(PresentationalHints.dimensionValue("auto")).isEmpty();
  }

  @Test
  void mapsAttributesToDeclarations() {
    assertThat(hints("<font color=red size=5 face=Arial>x</font>", "font"))
        .containsExactly("color: red", "font-family: Arial", "font-size: x-large");
    assertThat(hints("<body bgcolor=#000 text=white>", "body"))
        .containsExactly("color: white", "background-color: #000");
    assertThat(hints("<table bgcolor=yellow width=80% border=2 align=center><tr><td nowrap height=20>x</table>", "table"))
        .containsExactly("background-color: yellow", "width: 80%", "border-width: 2px", "border-style: outset");
    assertThat(hints("<table><tr><td nowrap height=20 align=right>x</table>", "td"))
        .containsExactly("text-align: right", "height: 20px", "white-space: nowrap");
    assertThat(hints("<img src=a.png width=1 height=1 border=0 align=left>", "img"))
        .containsExactly("float: left", "width: 1px", "height: 1px", "border-width: 0px");
    assertThat(hints("<p align=middle>x", "p")).containsExactly("text-align: center");
    assertThat(hints("<div bgcolor=red width=5>x", "div")).isEmpty();
  }

  @Test
  void theBodysLinkColourGoesToLinks() {
    var doc = Jsoup.parse("<body link=green><a href=/x>a</a><a name=n>b</a>");
    assertThat(PresentationalHints.of(doc.select("a").get(0), "green")).extracting(d -> d.property() + ": " + d.value())
        .containsExactly("color: green");
    assertThat(PresentationalHints.of(doc.select("a").get(1), "green")).isEmpty();
  }

  private static List<String> hints(String html, String element) {
    var e = Jsoup.parse(html).selectFirst(element);
    return PresentationalHints.of(e, null).stream().map(d -> d.property() + ": " + d.value()).toList();
  }
}
