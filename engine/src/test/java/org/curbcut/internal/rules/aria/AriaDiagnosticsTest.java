package org.curbcut.internal.rules.aria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.rules.AttributeValue;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.ExposedRole;
import org.curbcut.rules.FocusableContent;
import org.curbcut.rules.IdReferences;
import org.curbcut.rules.InvalidValues;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.RequiredContext;
import org.curbcut.rules.RequiredOwned;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RoleAttributes;
import org.curbcut.rules.RuleResult;
import org.curbcut.rules.UnknownAttributes;
import org.junit.jupiter.api.Test;

/** What the ARIA rules say they found: the diagnostic of each finding, and the message made from it. */
class AriaDiagnosticsTest {

  private static RuleResult only(Rule rule, String html) {
    List<RuleResult> r = RuleFixture.run(rule, html).stream().filter(x -> x.outcome() != Outcome.PASSED).toList();
    assertThat(r).as(html).hasSize(1);
    return r.get(0);
  }

  private static Diagnostic diagnostic(Rule rule, String html) {
    return only(rule, html).diagnostic().orElseThrow();
  }

  @Test
  void requiredAttributesNameTheRoleAndWhatIsMissing() {
    RuleResult r = only(new AriaRequiredAttr(), "<div role=combobox aria-expanded=true>x</div>");
    assertThat(r.diagnostic()).contains(new RoleAttributes("combobox", List.of("aria-controls")));
    assertThat(r.message()).isEqualTo("Role combobox requires aria-controls, which is not set.");
    assertThat(diagnostic(new AriaRequiredAttr(), "<div role=separator tabindex=0></div>"))
        .isEqualTo(new RoleAttributes("separator", List.of("aria-valuenow")));
  }

  @Test
  void unsupportedAndProhibitedAttributesNameTheRole() {
    assertThat(diagnostic(new AriaAllowedAttr(), "<div role=button aria-checked=true>x</div>"))
        .isEqualTo(new RoleAttributes("button", List.of("aria-checked")));
    RuleResult none = only(new AriaAllowedAttr(), "<audio src=a.mp3 controls aria-checked=true></audio>");
    assertThat(none.diagnostic()).contains(new RoleAttributes(null, List.of("aria-checked")));
    assertThat(none.message()).contains("on role -;");
    assertThat(diagnostic(new AriaProhibitedAttr(), "<span aria-label=x>y</span>"))
        .isEqualTo(new RoleAttributes("generic", List.of("aria-label")));
  }

  @Test
  void unknownAttributesAndInvalidValuesAreListed() {
    assertThat(diagnostic(new AriaValidAttr(), "<div aria-labeledby=a aria-hiden=true>x</div>"))
        .isEqualTo(new UnknownAttributes(List.of("aria-labeledby", "aria-hiden")));
    RuleResult r = only(new AriaValidAttrValue(), "<div role=checkbox aria-checked=yes aria-busy=no>x</div>");
    assertThat(r.diagnostic()).contains(new InvalidValues(List.of(new AttributeValue("aria-checked", "yes"),
        new AttributeValue("aria-busy", "no"))));
    assertThat(r.message()).isEqualTo("Invalid ARIA value: aria-checked=\"yes\", aria-busy=\"no\".");
    assertThat(diagnostic(new AriaRoles(), "<div role='btn'>x</div>")).isEqualTo(new AttributeValue("role", "btn"));
  }

  @Test
  void ownershipNamesTheRolesOnBothSides() {
    assertThat(diagnostic(new AriaRequiredParent(), "<div role=option>x</div>"))
        .isEqualTo(new RequiredContext("option", List.of("group", "listbox"), "document"));
    RequiredOwned owned = (RequiredOwned) diagnostic(new AriaRequiredChildren(),
        "<div role=list><span role=button>a</span>text<span role=button>b</span></div>");
    assertThat(owned.role()).isEqualTo("list");
    assertThat(owned.notAllowed()).containsExactly("button", "text");
  }

  @Test
  void focusableContentNamesTheElement() {
    FocusableContent f = (FocusableContent) diagnostic(new AriaHiddenFocus(), "<div aria-hidden=true><a href=/x>x</a></div>");
    assertThat(f.role()).isNull();
    assertThat(f.element().name()).isEqualTo("a");
    FocusableContent p = (FocusableContent) diagnostic(new PresentationalChildrenFocus(), "<div role=button><a href=/x>x</a></div>");
    assertThat(p.role()).isEqualTo("button");
    assertThat(p.element().name()).isEqualTo("a");
    assertThat(diagnostic(new PresentationRoleConflict(), "<img alt='' src=a.png tabindex=0>")).isEqualTo(new ExposedRole("img"));
  }

  @Test
  void brokenReferencesNameAttributeAndIds() {
    RuleResult r = only(new AriaValidIdref(), "<div aria-labelledby='nope gone' aria-describedby=d>x</div>");
    assertThat(r.diagnostic()).contains(new IdReferences(IdReferences.Problem.MISSING, List.of(new IdReferences.Reference("aria-describedby", "d"),
        new IdReferences.Reference("aria-labelledby", "nope gone"))));
    // in the order of the ARIA data's id-reference attributes
    assertThat(r.message()).isEqualTo("No element has the id this refers to: aria-describedby=\"d\", aria-labelledby=\"nope gone\".");
    assertThat(diagnostic(new AriaValidIdref(), "<p id=a>1</p><p id=a>2</p><div aria-labelledby=a>x</div>"))
        .isEqualTo(IdReferences.of(IdReferences.Problem.DUPLICATE, "aria-labelledby", "a"));
  }
}
