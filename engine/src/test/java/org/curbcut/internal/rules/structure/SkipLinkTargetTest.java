package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class SkipLinkTargetTest {
  private static final SkipLinkTarget RULE = new SkipLinkTarget();

  @Test
  void passesExistingTarget() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<a href=\"#main\">Skip to content</a><nav><a href=\"/a\">A</a></nav><main id=\"main\">x</main>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsMissingTarget() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<a href=\"#content\">Skip to content</a><nav><a href=\"/a\">A</a></nav><main>x and more text</main>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void ignoresOrdinaryInPageLinks() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<main><p>Intro text here.</p><a href=\"#notes\">see notes</a></main>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
