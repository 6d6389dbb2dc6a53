package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class FormFieldErrorMessageTest {
  private static final FormFieldErrorMessage RULE = new FormFieldErrorMessage();

  @Test
  void passesLinkedMessage() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<label>Age <input aria-invalid=\"true\" aria-describedby=\"e\"></label><p id=\"e\">Age must be a number.</p>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsInvalidWithoutMessage() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<label>Age <input aria-invalid=\"true\"></label>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void cantTellUnlinkedMessage() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<div><label>Age <input aria-invalid=\"true\"></label><span>Age must be a number.</span></div>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void passesNativeRequired() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<form><label>Name <input required></label></form>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void cantTellAriaRequired() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<label>Name <input aria-required=\"true\"></label>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void inapplicableToPlainField() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<label>Name <input></label>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
