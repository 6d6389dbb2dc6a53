package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class PageHasHeadingTest {
  private static final PageHasHeading RULE = new PageHasHeading();

  @Test
  void passesHeadingAfterNav() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<nav><ul><li><a href=\"/1\">One</a></li><li><a href=\"/2\">Two</a></li></ul></nav><div><h1>Title</h1><p>Content</p></div>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsHeadingOnlyInNav() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<nav><h2>Menu</h2><a href=\"/1\">One</a></nav><div><p>Content</p></div>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void failsOffScreenHeading() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<nav><ul><li><a href=\"/1\">One</a></li><li><a href=\"/2\">Two</a></li></ul></nav><div><h1 style=\"position:absolute;top:-999px\">Title</h1><p>Content</p></div>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void cantTellWithoutRepeatedBlocks() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p>Content</p>"))).isEqualTo(Outcome.CANT_TELL);
  }
}
