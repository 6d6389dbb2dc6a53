package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Rule;
import org.junit.jupiter.api.Test;

/** Every structure rule has its texts in messages.properties. */
class StructureMessagesTest {
  @Test
  void everyRuleHasDescriptionAndHelp() {
    for (Rule r : StructureRules.all()) {
      String id = r.meta().id();
      assertThat(r.meta().description()).as(id).doesNotStartWith(id + ".");
      assertThat(r.meta().help()).as(id).doesNotStartWith(id + ".");
    }
  }
}
