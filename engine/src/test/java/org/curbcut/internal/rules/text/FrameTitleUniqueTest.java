package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class FrameTitleUniqueTest {
  private final FrameTitleUnique rule = new FrameTitleUnique();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void passesFramesWithTheSameNameAndResource() {
    assertThat(run("<iframe title=Map src=map.html></iframe><iframe title=map src=./map.html></iframe>"))
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void needsAPersonWhenTheResourcesDiffer() {
    assertThat(run("<iframe title=Map src=a.html></iframe><iframe title=Map src=b.html></iframe>"))
        .isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void framesWithDifferentNamesOrHiddenAreInapplicable() {
    assertThat(run("<iframe title=A src=a.html></iframe><iframe title=B src=b.html></iframe>"))
        .isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<iframe title=A aria-hidden=true src=a.html></iframe><iframe title=A src=b.html></iframe>"))
        .isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<iframe src=a.html></iframe><iframe src=b.html></iframe>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void neverFails() {
    assertThat(Fixture.results(rule, "<iframe title=A src=a.html></iframe><iframe title=A src=b.html></iframe>"))
        .noneMatch(r -> r.outcome() == Outcome.FAILED);
  }
}
