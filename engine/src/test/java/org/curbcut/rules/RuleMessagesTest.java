package org.curbcut.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Element;
import org.junit.jupiter.api.Test;

/**
 * Message keys are constants that each rule declares: every declared message exists in the rule's
 * bundle, every message of a rule in a bundle is declared (no dead texts), and a rule cannot
 * report a message it does not declare or with the wrong kind of diagnostic.
 */
class RuleMessagesTest {

  @Test
  void everyDeclaredMessageIsInTheRulesBundleAndEveryBundleMessageIsDeclared() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Rule r : RuleCatalog.all()) {
      RuleMeta m = r.meta();
      if (m.messages().isEmpty()) problems.add(m.id() + " declares no messages");
      ResourceBundle bundle = ResourceBundle.getBundle(m.bundle(), Locale.ROOT);
      List<String> declared = new ArrayList<>();
      for (MessageKey<?> k : m.messages()) {
        declared.add(k.name());
        checked++;
        if (!bundle.containsKey(m.id() + "." + k.name())) problems.add("missing in " + m.bundle() + ": " + m.id() + "." + k.name());
      }
      for (String key : bundle.keySet()) {
        if (!key.startsWith(m.id() + ".")) continue;
        String name = key.substring(m.id().length() + 1);
        if (name.equals("description") || name.equals("help")) continue;
        if (!declared.contains(name)) problems.add("not declared by " + m.id() + ": " + key);
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).as("messages checked").isGreaterThan(250);
  }

  private static final MessageKey<RuleError> BROKE = MessageKey.of("broke", RuleError.class, d -> new Object[] {d.exception()});
  private static final MessageKey<Diagnostic> PLAIN = MessageKey.of("plain");
  private static final RuleMeta META = RuleMeta.of(RuleMessagesTest.class, "test-messages", List.of(), List.of(), Level.A,
      Impact.MINOR).withMessages(BROKE, PLAIN);

  @Test
  void theMessageIsFormattedFromTheDiagnostic() {
    Element root = HtmlSnapshot.parse("<p>x", "a.html").root();
    Outcomes out = new Outcomes(META);
    out.failed(root, BROKE, new RuleError("Oops"));
    RuleResult r = out.results().get(0);
    assertThat(r.is(BROKE)).isTrue();
    assertThat(r.messageKey()).isEqualTo("broke");
    assertThat(r.diagnostic(RuleError.class)).contains(new RuleError("Oops"));
    assertThat(r.diagnostic(Diagnostic.class)).isPresent();
    assertThat(r.message()).isEqualTo("test-messages.broke"); // no bundle for this test rule: the key itself
    assertThat(Diagnostic.kebab("FirstRowHeaders")).isEqualTo("first-row-headers");
    assertThat(new RuleError("x").kind()).isEqualTo("rule-error");
  }

  @Test
  void aRuleCannotReportAMessageItDoesNotDeclareNorWithTheWrongDiagnostic() {
    Element root = HtmlSnapshot.parse("<p>x", "a.html").root();
    Outcomes out = new Outcomes(META);
    assertThatThrownBy(() -> out.failed(root, MessageKey.of("broke"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not declare");
    assertThatThrownBy(() -> out.failed(root, BROKE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a diagnostic of kind RuleError");
    out.cantTell(root, PLAIN);
    out.cantTell(root, MessageKey.INTERNAL_ERROR, new RuleError("StackOverflowError"));
    assertThat(out.results()).extracting(RuleResult::outcome).containsExactly(Outcome.CANT_TELL, Outcome.CANT_TELL);
    assertThat(out.results().get(0).diagnostic()).isEmpty();
  }

  @Test
  void resultsCompareByIdentity() {
    Element root = HtmlSnapshot.parse("<p>x", "a.html").root();
    Outcomes out = new Outcomes(META);
    out.failed(root, BROKE, new RuleError("Oops"));
    out.failed(root, BROKE, new RuleError("Oops"));
    assertThat(out.results().get(0)).isNotEqualTo(out.results().get(1));
  }
}
