package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class PageHasMainLandmarkTest {
  private static final PageHasMainLandmark RULE = new PageHasMainLandmark();

  @Test
  void passesWithMain() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<nav><ul><li><a href=\"/1\">One</a></li><li><a href=\"/2\">Two</a></li></ul></nav><main><p>Content</p></main>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsNavWithoutMain() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<nav><ul><li><a href=\"/1\">One</a></li><li><a href=\"/2\">Two</a></li></ul></nav><p>Content</p>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void failsHiddenMain() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<nav><ul><li><a href=\"/1\">One</a></li><li><a href=\"/2\">Two</a></li></ul></nav><main aria-hidden=\"true\"><p>Content</p></main>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void cantTellWithoutRepeatedBlocks() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p>Content</p>"))).isEqualTo(Outcome.CANT_TELL);
  }
}
