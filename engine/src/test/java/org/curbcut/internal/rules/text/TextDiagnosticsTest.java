package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.rules.AttributeValue;
import org.curbcut.rules.Label;
import org.curbcut.rules.LabelAndName;
import org.curbcut.rules.Name;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleResult;
import org.curbcut.rules.SameName;
import org.junit.jupiter.api.Test;

/** What the text rules say they found: names, labels, what a person must compare. */
class TextDiagnosticsTest {

  private static List<RuleResult> findings(Rule rule, String html) {
    return Fixture.results(rule, html).stream().filter(r -> r.outcome() != Outcome.PASSED).toList();
  }

  @Test
  void labelInNameGivesTheLabelAndTheName() {
    RuleResult r = findings(new LabelInName(), "<a href=# aria-label=WCAG>ACT  rules</a>").get(0);
    assertThat(r.diagnostic()).contains(new LabelAndName("ACT rules", "WCAG"));
    assertThat(r.message()).startsWith("This <a> shows \"ACT rules\" but its accessible name is \"WCAG\"");
  }

  @Test
  void whatAPersonMustJudgeIsTheName() {
    RuleResult r = findings(new LinkDescriptive(), "<a href=/x>Click   here</a>").get(0);
    assertThat(r.diagnostic()).contains(new Name("Click here"));
    assertThat(findings(new ImageAltDescriptive(), "<img src=\"/img/IMG_0042.JPG\" alt=\"IMG_0042.JPG\">").get(0).diagnostic())
        .contains(new Name("IMG_0042.JPG"));
  }

  @Test
  void labelDescriptiveNamesTheControl() {
    RuleResult r = findings(new LabelDescriptive(), "<label for=f>Name</label><input id=f>").get(0);
    Label l = r.diagnostic(Label.class).orElseThrow();
    assertThat(l.text()).isEqualTo("Name");
    assertThat(l.control().attrOr("id", "")).isEqualTo("f");
  }

  @Test
  void linksWithTheSameNameGiveTheNameAndHowMany() {
    List<RuleResult> r = findings(new IdenticalLinksSamePurpose(), "<a href=/a>More</a> <a href=/b>More</a> <a href=/c>More</a>");
    assertThat(r).isNotEmpty().allMatch(x -> x.diagnostic().equals(java.util.Optional.of(new SameName("More", 3))));
  }

  @Test
  void anObjectOfUnknownContentGivesItsData() {
    assertThat(findings(new ObjectAlt(), "<object data=/media/x></object>").get(0).diagnostic())
        .contains(new AttributeValue("data", "/media/x"));
  }

  @Test
  void aMissingNameNeedsNoDiagnostic() {
    RuleResult r = findings(new ImageAlt(), "<img src=a.png>").get(0);
    assertThat(r.diagnostic()).isEmpty();
    assertThat(r.message()).startsWith("This <img> has no text alternative");
  }
}
