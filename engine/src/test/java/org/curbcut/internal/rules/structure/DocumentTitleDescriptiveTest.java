package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class DocumentTitleDescriptiveTest {
  private static final DocumentTitleDescriptive RULE = new DocumentTitleDescriptive();

  @Test
  void cantTellOnRealTitle() {
    assertThat(Fixtures.outcome(RULE, "<html><head><title>Clementine harvest</title></head></html>")).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void failsPlaceholder() {
    assertThat(Fixtures.outcome(RULE, "<html><head><title>Untitled Document</title></head></html>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void failsFileName() {
    assertThat(Fixtures.outcome(RULE, "<html><head><title>index.html</title></head></html>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void inapplicableWithoutTitle() {
    assertThat(Fixtures.outcome(RULE, "<html><body></body></html>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
