package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class DefinitionListTest {
  private static final DefinitionList RULE = new DefinitionList();

  @Test
  void passesDtDd() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<dl><dt>Term</dt><dd>Def</dd><div><dt>T2</dt><dd>D2</dd></div></dl>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsParagraphChild() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<dl><dt>Term</dt><p>x</p></dl>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void failsADescriptionWithoutItsTermAndATermWithoutDescription() {
    assertThat(Fixtures.results(RULE, Fixtures.page("<dl><dd>Def</dd></dl>")).get(0).is(DefinitionList.DD_WITHOUT_DT)).isTrue();
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<dl><dd>Def</dd><dt>Term</dt></dl>"))).isEqualTo(Outcome.FAILED);
    assertThat(Fixtures.results(RULE, Fixtures.page("<dl><dt>Term</dt><dd>Def</dd><dt>Alone</dt></dl>")).get(0)
        .is(DefinitionList.DT_WITHOUT_DD)).isTrue();
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<dl><div><dt>T</dt><dd>D</dd></div><div><dd>D2</dd></div></dl>")))
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void passesSeveralTermsAndDescriptionsOfOneGroup() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<dl><dt>A</dt><dt>B</dt><dd>x</dd><dd>y</dd><script></script></dl>")))
        .isEqualTo(Outcome.PASSED);
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<dl></dl>"))).isEqualTo(Outcome.PASSED);
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<dl role=list><dt>A</dt><dd>x</dd></dl>"))).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void failsItemsOfADlThatIsNotExposedAsAList() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<dl role=menu><dt>A</dt><dd>x</dd></dl>"))).isEqualTo(Outcome.FAILED);
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<dl><div role=listitem><dt>A</dt><dd>x</dd></div></dl>")))
        .isEqualTo(Outcome.FAILED);
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<dt>Term</dt>"))).isEqualTo(Outcome.FAILED);
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<ul><li><dt>Term</dt></li></ul>"))).isEqualTo(Outcome.FAILED);
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<dd role=definition>x</dd><div hidden><dt>T</dt></div>")))
        .isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void failsDdOutsideDl() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<div><dd>Def</dd></div>"))).isEqualTo(Outcome.FAILED);
  }
}
