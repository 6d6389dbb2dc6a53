package org.curbcut.internal.rules.aria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.curbcut.rules.Rule;
import org.junit.jupiter.api.Test;

class AriaRulesTest {
  @Test
  void everyRuleHasItsMessages() {
    ResourceBundle bundle = ResourceBundle.getBundle("org.curbcut.internal.rules.aria.messages", Locale.ROOT);
    assertThat(AriaRules.all()).hasSize(12);
    for (Rule r : AriaRules.all()) {
      assertThat(bundle.containsKey(r.meta().id() + ".description")).as(r.meta().id()).isTrue();
      assertThat(bundle.containsKey(r.meta().id() + ".help")).as(r.meta().id()).isTrue();
    }
  }
}
