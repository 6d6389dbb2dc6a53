package org.curbcut.internal.standards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HTML's ASCII whitespace: five characters, no more. */
class AsciiWhitespaceTest {
  @Test
  void splitsOnTheFiveCharactersOnly() {
    assertThat(AsciiWhitespace.split(" a\tb\nc\fd\re  ")).containsExactly("a", "b", "c", "d", "e");
    // line tabulation (which Java's \s matches), no-break space and other controls are token characters
    assertThat(AsciiWhitespace.split("a\u000Bb c\u00A0d e\u001Ff")).containsExactly("a\u000Bb", "c\u00A0d", "e\u001Ff");
    assertThat(AsciiWhitespace.split("")).isEmpty();
    assertThat(AsciiWhitespace.split(" \t ")).isEmpty();
    assertThat(AsciiWhitespace.split(null)).isEmpty();
  }

  @Test
  void firstTokenAndStrip() {
    assertThat(AsciiWhitespace.firstToken("  button link")).isEqualTo("button");
    assertThat(AsciiWhitespace.firstToken(" \n")).isEmpty();
    assertThat(AsciiWhitespace.strip("\u000B x \r\n")).isEqualTo("\u000B x");
    assertThat(AsciiWhitespace.isBlank(" \t\f")).isTrue();
    assertThat(AsciiWhitespace.isBlank("\u000B")).isFalse();
    assertThat(AsciiWhitespace.containsToken("a b  c", "b")).isTrue();
    assertThat(AsciiWhitespace.containsToken("a bc", "b")).isFalse();
  }
}
