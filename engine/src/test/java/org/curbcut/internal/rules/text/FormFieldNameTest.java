package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class FormFieldNameTest {
  private final FormFieldName rule = new FormFieldName();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void passesALabelledField() {
    assertThat(run("<div role=textbox aria-label=\"First name\"></div>")).isEqualTo(Outcome.PASSED);
    assertThat(run("<div role=checkbox>I agree</div>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsAFieldWithoutName() {
    assertThat(run("<div role=textbox>first name</div>")).isEqualTo(Outcome.FAILED);
    assertThat(run("<label>Date <span></span></label><input type=date id=d>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void anEmptyLabelAScriptMayFillIsForAPersonToCheck() {
    String field = "<label for=e></label><input id=e type=email>";
    assertThat(run(field + "<script src=i18n.js></script>")).isEqualTo(Outcome.CANT_TELL);
    assertThat(run("<label for=e> <span></span> </label><input id=e><script>fill()</script>")).isEqualTo(Outcome.CANT_TELL);
    // near misses: no script, a label with an unnamed image, a label tied to another field by a duplicate id
    assertThat(run(field)).isEqualTo(Outcome.FAILED);
    assertThat(run("<script type=application/ld+json>{}</script>" + field)).isEqualTo(Outcome.FAILED);
    assertThat(run("<label for=e><img src=mail.png></label><input id=e><script src=a.js></script>")).isEqualTo(Outcome.FAILED);
    assertThat(run("<input id=e name=a><label for=e>Email</label><input id=e name=b><script src=a.js></script>"))
        .isEqualTo(Outcome.FAILED);
    assertThat(run("<input id=e><script src=a.js></script>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void hiddenFieldsAndOtherRolesAreInapplicable() {
    assertThat(run("<div role=textbox aria-hidden=true></div>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<input type=hidden name=x>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<button>Go</button>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void cannotTellWhenCssMayHideIt() {
    assertThat(run("<style>@media (prefers-reduced-data: reduce) { div { display: none } }</style><div role=textbox></div>"))
        .isEqualTo(Outcome.CANT_TELL);
  }
}
