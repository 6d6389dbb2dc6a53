package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class SkipLinkTest {
  private static final SkipLink RULE = new SkipLink();

  @Test
  void passesSkipLinkToContent() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<a href=\"#main\">Skip</a><nav><ul><li><a href=\"/1\">One</a></li><li><a href=\"/2\">Two</a></li></ul></nav><div id=\"main\"><p>Content</p></div>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsWithoutInstrument() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<nav><ul><li><a href=\"/1\">One</a></li><li><a href=\"/2\">Two</a></li></ul></nav><div><p>Content</p></div>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void failsLinkToMissingTarget() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<a href=\"#nope\">Skip</a><nav><ul><li><a href=\"/1\">One</a></li><li><a href=\"/2\">Two</a></li></ul></nav><div><p>Content</p></div>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void cantTellWithScripts() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<nav><ul><li><a href=\"/1\">One</a></li><li><a href=\"/2\">Two</a></li></ul></nav><div><p>Content</p></div><script>addSkipLink()</script>"))).isEqualTo(Outcome.CANT_TELL);
  }
}
