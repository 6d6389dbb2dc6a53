package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class LabelDescriptiveTest {
  private final LabelDescriptive rule = new LabelDescriptive();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void needsAPersonForEachVisibleLabel() {
    assertThat(run("<label for=f>First name</label><input id=f>")).isEqualTo(Outcome.CANT_TELL);
    assertThat(run("<label>Date of birth <input type=date></label>")).isEqualTo(Outcome.CANT_TELL);
    assertThat(run("<p id=l>Menu</p><input aria-labelledby=l>")).isEqualTo(Outcome.CANT_TELL);
    assertThat(Fixture.message(rule, "<label for=f>Menu</label><input id=f>")).contains("\"Menu\"");
  }

  @Test
  void labelsOfNothingOrInvisibleAreInapplicable() {
    assertThat(run("<label for=f>First name</label><p id=f></p>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<label for=f style=\"position:absolute;left:-9999px\">First name</label><input id=f>"))
        .isEqualTo(Outcome.INAPPLICABLE);
  }
}
