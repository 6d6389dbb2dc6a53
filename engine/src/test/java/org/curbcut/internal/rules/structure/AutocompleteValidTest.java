package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class AutocompleteValidTest {
  private static final AutocompleteValid RULE = new AutocompleteValid();

  @Test
  void passesFieldToken() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<label>Email <input autocomplete=\"work email\"></label>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void passesFullGrammar() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<label>E <input autocomplete=\"section-a shipping work email webauthn\"></label>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsUnknownToken() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<label>User <input autocomplete=\"badname\"></label>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void failsContactTokenBeforeNonContactField() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<label>Photo <input autocomplete=\"work photo\"></label>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void inapplicableWhenOff() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<label>Name <input autocomplete=\"off\"></label>"))).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void inapplicableWhenDisabled() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<label>User <input autocomplete=\"badname\" disabled></label>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
