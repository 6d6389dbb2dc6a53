package org.curbcut.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.rules.RuleContext;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Test;

/** Fixers read the id resolver and the label index the audit built: one of each per page and run. */
class FixContextIndexesTest {
  @Test
  void aRepairUsesTheAuditsIdReferencesAndLabels() {
    Page page = HtmlSnapshot.parse("<label for=e>Email</label><input id=e><span id=h>Hint</span>"
        + "<input aria-describedby=h id=f>", "t.html");
    RuleContext audit = new RuleContext(page);
    FixContext ctx = new FixContext(audit, java.util.List.of());
    assertThat(ctx.audit()).isSameAs(audit);
    assertThat(ctx.aria().ids()).isSameAs(audit.aria().ids());
    assertThat(ctx.aria().labels()).isSameAs(audit.aria().labels());
    Element field = page.byId("f").orElseThrow();
    assertThat(ctx.aria().ids().targets(field, "aria-describedby")).containsExactly(page.byId("h").orElseThrow());
    assertThat(ctx.aria().labels().labelsOf(page.byId("e").orElseThrow())).hasSize(1);
  }
}
