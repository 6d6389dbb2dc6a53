package org.curbcut.internal.rules.aria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.internal.rules.aria.RuleFixture.outcome;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AriaRequiredParentTest {
  private final AriaRequiredParent rule = new AriaRequiredParent();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<div role=list><div role=listitem>a</div></div>|PASSED",
      "<ul><div role=listitem>a</div></ul>|PASSED",
      "<div role=list><div role=presentation><div role=listitem>a</div></div></div>|PASSED",
      "<div role=list><div><div role=listitem>a</div></div></div>|PASSED",
      "<div role=list aria-owns=i></div><div id=i role=listitem>a</div>|PASSED",
      "<div role=menu><div role=group><div role=menuitem>a</div></div></div>|PASSED",
      "<div role=list><template shadowrootmode=open><div role=listitem>a</div></template></div>|PASSED",
      "<div role=listitem>a</div>|FAILED",
      "<div role=list><div role=tabpanel><div role=listitem>a</div></div></div>|FAILED",
      "<div role=list><div aria-live=polite><div role=listitem>a</div></div></div>|FAILED",
      "<div role=listitem style='display:none'>a</div>|INAPPLICABLE",
      "<ul><li role=listitem>a</li></ul>|INAPPLICABLE",
      "<section role=doc-abstract aria-label=A>x</section>|INAPPLICABLE",
      "<div role=heading aria-level=1>x</div>|INAPPLICABLE",
      "<style>@media (prefers-reduced-data: reduce) { .u { display: none } }</style><div class=u role=listitem>a</div>|CANT_TELL",
  })
  void checksContextRole(String html, Outcome expected) {
    assertThat(outcome(rule, html)).as(html).isEqualTo(expected);
  }
}
