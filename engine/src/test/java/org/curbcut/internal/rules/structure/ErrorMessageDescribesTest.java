package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class ErrorMessageDescribesTest {
  private static final ErrorMessageDescribes RULE = new ErrorMessageDescribes();

  @Test
  void cantTellOnInvalidField() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<label>Age <input aria-invalid=\"true\"></label>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void cantTellOnErrorText() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<label>Age <input id=\"age\"></label><span id=\"error\">Invalid age.</span>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void inapplicableWithoutErrorIndicator() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<label>Filter <input></label>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
