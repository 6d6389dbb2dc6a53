package org.curbcut.internal.rules.aria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.internal.rules.aria.RuleFixture.outcome;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PresentationRoleConflictTest {
  private final PresentationRoleConflict rule = new PresentationRoleConflict();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<img src=a.png alt=''>|PASSED",
      "<img src=a.png alt='' aria-hidden=true>|PASSED",
      "<img src=a.png alt='' hidden>|PASSED",
      "<nav role=presentation><a href=/ aria-label=Home>Home</a></nav>|PASSED",
      "<img src=a.png role=presentation alt=Logo>|PASSED",
      "<svg role=none><circle r=4></circle></svg>|PASSED",
      "<nav role=presentation aria-label=global>x</nav>|FAILED",
      "<img src=a.png alt='' aria-labelledby=l><span hidden id=l>Logo</span>|FAILED",
      "<svg role=none aria-label=circle></svg>|FAILED",
      "<div role=none tabindex=0>x</div>|FAILED",
      "<img src=a.png aria-label=Logo>|INAPPLICABLE",
      "<style>@media (prefers-reduced-data: reduce) { .u { display: none } }</style><div class=u role=none aria-label=x>y</div>|CANT_TELL",
  })
  void checksDecorativeElements(String html, Outcome expected) {
    assertThat(outcome(rule, html)).as(html).isEqualTo(expected);
  }
}
