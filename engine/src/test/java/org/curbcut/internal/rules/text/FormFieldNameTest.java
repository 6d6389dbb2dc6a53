package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class FormFieldNameTest {
  private final FormFieldName rule = new FormFieldName();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void passesALabelledField() {
    assertThat(run("<div role=textbox aria-label=\"First name\"></div>")).isEqualTo(Outcome.PASSED);
    assertThat(run("<div role=checkbox>I agree</div>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsAFieldWithoutName() {
    assertThat(run("<div role=textbox>first name</div>")).isEqualTo(Outcome.FAILED);
    assertThat(run("<label>Date <span></span></label><input type=date id=d>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void hiddenFieldsAndOtherRolesAreInapplicable() {
    assertThat(run("<div role=textbox aria-hidden=true></div>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<input type=hidden name=x>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<button>Go</button>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void cannotTellWhenCssMayHideIt() {
    assertThat(run("<style>@media (prefers-reduced-data: reduce) { div { display: none } }</style><div role=textbox></div>"))
        .isEqualTo(Outcome.CANT_TELL);
  }
}
