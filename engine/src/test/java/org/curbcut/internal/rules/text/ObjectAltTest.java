package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class ObjectAltTest {
  private final ObjectAlt rule = new ObjectAlt();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void passesAnObjectWithATitle() {
    assertThat(run("<object title=\"Moon speech\" data=\"speech.mp3\"></object>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsAnImageObjectWithoutName() {
    assertThat(run("<object data=\"logo.png\"><img src=logo.png alt=Logo></object>")).isEqualTo(Outcome.FAILED);
    assertThat(run("<object type=\"video/mp4\" data=\"/play?id=3\"></object>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void documentsRolesAndHiddenObjectsAreInapplicable() {
    assertThat(run("<object data=\"page.html\"></object>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<object role=img data=\"logo.png\"></object>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<object data=\"logo.png\" aria-hidden=true></object>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void cannotTellWhatAnUnknownResourceIs() {
    assertThat(run("<object data=\"/embed?id=7\"></object>")).isEqualTo(Outcome.CANT_TELL);
  }
}
