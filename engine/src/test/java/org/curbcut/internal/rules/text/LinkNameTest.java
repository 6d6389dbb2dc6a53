package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class LinkNameTest {
  private final LinkName rule = new LinkName();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void passesALinkWithText() {
    assertThat(run("<a href=/wai>Web Accessibility Initiative</a>")).isEqualTo(Outcome.PASSED);
    assertThat(run("<a href=/wai><img src=w3c.png alt=W3C></a>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsAnEmptyLink() {
    assertThat(run("<a href=/wai></a>")).isEqualTo(Outcome.FAILED);
    assertThat(run("<a href=/wai><img src=w3c.png alt=\"\"></a>")).isEqualTo(Outcome.FAILED);
    assertThat(Fixture.message(rule, "<a href=/wai></a>")).contains("<a>");
  }

  @Test
  void failsAnEmptyAreaLink() {
    assertThat(run("<img src=p.png alt=P usemap=#m><map name=m><area href=a.html coords=0,0,9,9></map>"))
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void nonLinksAndHiddenLinksAreInapplicable() {
    assertThat(run("<a>no href</a>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<a href=/x role=button></a>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<a href=/x aria-hidden=true></a>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void cannotTellWhenGeneratedContentMayNameIt() {
    assertThat(run("<style>@media (prefers-reduced-data: reduce) { a { display: none } }</style><a href=/x></a>"))
        .isEqualTo(Outcome.CANT_TELL);
  }
}
