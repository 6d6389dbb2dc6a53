package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class SvgImgAltTest {
  private final SvgImgAlt rule = new SvgImgAlt();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void passesAnSvgImageWithALabel() {
    assertThat(run("<svg role=img aria-label=\"Two circles\"><circle r=4></circle></svg>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsAnSvgImageWithoutName() {
    assertThat(run("<svg role=img><circle r=4></circle></svg>")).isEqualTo(Outcome.FAILED);
    assertThat(run("<svg><circle role=graphics-symbol r=4></circle></svg>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void svgWithoutExplicitImageRoleIsInapplicable() {
    assertThat(run("<svg><circle r=4></circle></svg>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<svg role=img aria-hidden=true></svg>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<div role=img></div>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void cannotTellWhenCssMayHideIt() {
    assertThat(run("<style>@media (prefers-reduced-data: reduce) { svg { display: none } }</style><svg role=img></svg>"))
        .isEqualTo(Outcome.CANT_TELL);
  }
}
