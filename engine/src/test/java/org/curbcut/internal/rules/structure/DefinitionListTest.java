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
  void failsDdOutsideDl() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<div><dd>Def</dd></div>"))).isEqualTo(Outcome.FAILED);
  }
}
