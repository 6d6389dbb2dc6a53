package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class AutoUpdatingContentTest {
  private static final AutoUpdatingContent RULE = new AutoUpdatingContent();

  @Test
  void cantTellWithTimers() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p>Now: <span id=\"t\">1</span></p><script>setInterval(tick, 1000)</script>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void cantTellOnTimerRole() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<div role=\"timer\">10:00</div>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void inapplicableOnStaticPage() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p>Static</p>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
