package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class BypassTest {
  private static final Bypass RULE = new Bypass();

  @Test
  void passesWithMain() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<nav><ul><li><a href=\"/1\">One</a></li><li><a href=\"/2\">Two</a></li></ul></nav><main><p>Content</p></main>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void passesWithSkipLink() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<a href=\"#c\">Skip</a><nav><ul><li><a href=\"/1\">One</a></li><li><a href=\"/2\">Two</a></li></ul></nav><div id=\"c\"><p>Content</p></div>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsWhenEveryInputFails() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<nav><ul><li><a href=\"/1\">One</a></li><li><a href=\"/2\">Two</a></li></ul></nav><div><strong>Title</strong><p>Content</p></div>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void cantTellWithoutRepeatedBlocks() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p>Content</p>"))).isEqualTo(Outcome.CANT_TELL);
  }
}
