package org.curbcut.internal.rules.commons;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks several rule packages share. */
class CommonsTest {
  private static Element frame(String tabindex) {
    return HtmlSnapshot.parse("<iframe id=t tabindex='" + tabindex + "'></iframe>", "t.html").byId("t").orElseThrow();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"-1|true", " -1 |true", "-1.5|true", "-2x|true", "-0|false", "0|false",
      "2|false", "x|false", "|false", "- 1|false"})
  void aNegativeTabindexIsParsedAsHtmlParsesIntegers(String value, boolean negative) {
    assertThat(Tabindex.isNegative(frame(value == null ? "" : value))).isEqualTo(negative);
  }

  @Test
  void valueInputTypesAreAllButHiddenAndTheButtons() {
    assertThat(Fields.isValueInputType("")).isTrue();
    assertThat(Fields.isValueInputType("email")).isTrue();
    assertThat(Fields.isValueInputType("checkbox")).isTrue();
    assertThat(Fields.isValueInputType("hidden")).isFalse();
    assertThat(Fields.isValueInputType("image")).isFalse();
    assertThat(Fields.isValueInputType("reset")).isFalse();
  }
}
