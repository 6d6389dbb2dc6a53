package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class RepeatedContentCollapsibleTest {
  private static final RepeatedContentCollapsible RULE = new RepeatedContentCollapsible();

  @Test
  void failsWithoutAnyToggle() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<nav><ul><li><a href=\"/1\">One</a></li><li><a href=\"/2\">Two</a></li></ul></nav><div><p>Content</p></div>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void cantTellWithScripts() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<button onclick=\"toggle()\">Menu</button><nav><ul><li><a href=\"/1\">One</a></li><li><a href=\"/2\">Two</a></li></ul></nav><div><p>Content</p></div>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void passesWhenNothingFollowsBlocks() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<div><p>Content</p></div><nav><ul><li><a href=\"/1\">One</a></li><li><a href=\"/2\">Two</a></li></ul></nav>"))).isEqualTo(Outcome.PASSED);
  }
}
