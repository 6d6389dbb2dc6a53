package org.curbcut.internal.rules.aria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.internal.rules.aria.RuleFixture.outcome;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AriaRequiredChildrenTest {
  private final AriaRequiredChildren rule = new AriaRequiredChildren();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<div role=list><span role=listitem>a</span></div>|PASSED",
      "<ul><li>a</li></ul>|INAPPLICABLE",
      "<ul role=list><li>a</li></ul>|PASSED",
      "<ul role=tablist><li role=none><span role=tab>a</span></li></ul>|PASSED",
      "<div role=menu><div role=group><span role=menuitem>a</span><div role=group><span role=menuitem>b</span></div></div></div>|PASSED",
      "<select multiple><option>a</option><optgroup label=g><option>b</option></optgroup></select>|INAPPLICABLE",
      "<table><caption>c</caption><thead><tr><th>h</th></tr></thead><tbody><tr><td>a</td></tr></tbody></table>|INAPPLICABLE",
      "<table role=grid aria-label=g><tr role=row><td role=gridcell>a</td></tr></table>|PASSED",
      "<div role=menu><div role=group><span role=menuitem>a</span></div><div role=menuitem>b</div></div>|PASSED",
      "<div role=menu><div role=group aria-label=g><div role=menuitemradio aria-checked=false>b</div></div></div>|PASSED",
      "<div role=list aria-owns=i></div><div id=i role=listitem>a</div>|PASSED",
      "<div role=list><span>a</span></div>|FAILED",
      "<ol role=tablist><li role=listitem>a</li></ol>|FAILED",
      "<div role=list><span role=listitem>a</span><div role=group><span role=listitem>b</span></div></div>|FAILED",
      "<div role=menu><div role=group><div role=group><span role=treeitem>b</span></div></div></div>|FAILED",
      "<ul><div></div></ul>|INAPPLICABLE",
      "<ul role=list><div></div></ul>|FAILED",
      "<div role=list aria-owns=t></div><div id=t role=tab>x</div>|FAILED",
      "<div role=list aria-hidden=true></div>|INAPPLICABLE",
      "<ul></ul>|INAPPLICABLE",
      "<ol><script></script></ol>|INAPPLICABLE",
      "<ul role=list></ul>|CANT_TELL",
      "<ul role=list><li hidden>a</li></ul>|CANT_TELL",
      "<ul role=menu aria-busy=true>Loading</ul>|INAPPLICABLE",
      "<div role=progressbar aria-valuenow=2>2</div>|INAPPLICABLE",
      "<style>@media (prefers-reduced-data: reduce) { .u { display: none } }</style><div class=u role=list><span>a</span></div>|CANT_TELL",
  })
  void checksOwnedElements(String html, Outcome expected) {
    assertThat(outcome(rule, html)).as(html).isEqualTo(expected);
  }
}
