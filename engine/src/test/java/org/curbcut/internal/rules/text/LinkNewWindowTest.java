package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Level;
import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkNewWindowTest {
  private final LinkNewWindow rule = new LinkNewWindow();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<a href=/r target=_blank>Annual report (opens in a new tab)</a>|PASSED",
      "<a href=/r target=_blank>Annual report <img src=ext.svg alt='opens in a new window'></a>|PASSED",
      "<a href=/r target=_blank aria-describedby=w>Annual report</a><span id=w>Opens a new window</span>|PASSED",
      "<a href=/r target=_blank>Jahresbericht (öffnet in neuem Fenster)</a>|PASSED",
      "<a href=/r target=_blank>Annual report</a>|FAILED",
      "<a href=/r target=popup>Annual report</a>|FAILED",
      "<head><base target=_blank></head><a href=/r>Annual report</a>|FAILED",
      // same window: no target, _self, _top, a named frame of the page; base overridden by the link
      "<a href=/r>Annual report</a>|INAPPLICABLE",
      "<a href=/r target=_self>Annual report</a>|INAPPLICABLE",
      "<a href=/r target=_top>Annual report</a>|INAPPLICABLE",
      "<iframe name=view src=a.html title=View></iframe><a href=/r target=view>Annual report</a>|INAPPLICABLE",
      "<head><base target=_blank></head><a href=/r target=_self>Annual report</a>|INAPPLICABLE",
      // no name (link-name's finding), no href, hidden
      "<a href=/r target=_blank></a>|INAPPLICABLE",
      "<a target=_blank>Annual report</a>|INAPPLICABLE",
      "<a href=/r target=_blank hidden>Annual report</a>|INAPPLICABLE",
      "<style>a::after { content: ' (new tab)' }</style><a href=/r target=_blank>Annual report</a>|CANT_TELL",
  })
  void checksTheWarning(String html, Outcome expected) {
    assertThat(Fixture.outcome(rule, html)).as(html).isEqualTo(expected);
  }

  @Test
  void isAdvisoryAtLevelAaa() {
    assertThat(rule.meta().level()).isEqualTo(Level.AAA);
    assertThat(rule.meta().wcag()).containsExactly("3.2.5");
    assertThat(Level.AAA.within(Level.AA)).isFalse();
  }
}
