package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class KeyboardTrapTest {
  private static final KeyboardTrap RULE = new KeyboardTrap();

  @Test
  void passesWithoutScripts() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<a href=\"/\">Link</a> <button>Button</button>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsSelfRefocusingBlurHandler() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<a href=\"#\">A</a><button onblur=\"setTimeout(() => this.focus(), 10)\">B</button><a href=\"#\">C</a>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void cantTellOnLongerCycle() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<button onblur=\"this.nextElementSibling.focus()\">1</button><button onblur=\"this.previousElementSibling.focus()\">2</button>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void cantTellWithScripts() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<button>B</button><script>init()</script>"))).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void inapplicableWithoutFocusable() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<h1>Page</h1>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
