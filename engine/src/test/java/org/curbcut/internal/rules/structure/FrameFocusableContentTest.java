package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class FrameFocusableContentTest {
  private static final FrameFocusableContent RULE = new FrameFocusableContent();

  @Test
  void passesWithoutNegativeTabindex() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<iframe srcdoc=\"<a href='/'>Home</a>\"></iframe>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsNegativeTabindexWithLink() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<iframe tabindex=\"-1\" srcdoc=\"<a href='/'>Home</a>\"></iframe>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void cantTellOnExternalFrame() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<iframe tabindex=\"-1\" src=\"https://example.org/\"></iframe>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void inapplicableWithoutFocusableContent() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<iframe tabindex=\"-1\" srcdoc=\"<h1>Hello</h1>\"></iframe>"))).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void inapplicableWhenTiny() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<iframe tabindex=\"-1\" width=\"1\" height=\"1\" srcdoc=\"<a href='/'>Home</a>\"></iframe>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
