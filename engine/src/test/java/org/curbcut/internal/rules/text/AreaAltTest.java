package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class AreaAltTest {
  private final AreaAlt rule = new AreaAlt();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  private static String map(String area) {
    return "<img src=plan.png alt=Plan usemap=#m><map name=m>" + area + "</map>";
  }

  @Test
  void passesAnAreaWithAlt() {
    assertThat(run(map("<area href=sun.html alt=Sun coords=0,0,9,9>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsAnAreaLinkWithoutAlt() {
    assertThat(run(map("<area href=sun.html coords=0,0,9,9>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void areasWithoutHrefOrHiddenAreInapplicable() {
    assertThat(run(map("<area coords=0,0,9,9>"))).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run(map("<area href=sun.html aria-hidden=true>"))).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<map name=m style=\"display:none\"><area href=a.html></map>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void cannotTellWhenCssMayHideTheMap() {
    assertThat(run("<style>@media (prefers-reduced-data: reduce) { map { display: none } }</style><map name=m><area href=a.html></map>"))
        .isEqualTo(Outcome.CANT_TELL);
  }
}
