package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldsetLegendTest {
  private static final FieldsetLegend RULE = new FieldsetLegend();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<fieldset><legend>Address</legend><input name=a aria-label=Street><input name=b aria-label=Town></fieldset>|PASSED",
      "<fieldset aria-label=Address><input name=a aria-label=Street><input name=b aria-label=Town></fieldset>|PASSED",
      "<fieldset><legend><img src=a.png alt=Address></legend><select aria-label=x></select><select aria-label=y></select></fieldset>|PASSED",
      "<fieldset><input name=a aria-label=Street><input name=b aria-label=Town></fieldset>|FAILED",
      "<fieldset><legend> </legend><textarea aria-label=x></textarea><input aria-label=y></fieldset>|FAILED",
      // a legend that is not the fieldset's child does not name it
      "<fieldset><div><legend>Address</legend></div><input aria-label=x><input aria-label=y></fieldset>|FAILED",
      // no form field inside: a layout box, not a group of fields
      "<fieldset><p>Text</p></fieldset>|INAPPLICABLE",
      "<fieldset><input type=hidden name=t></fieldset>|INAPPLICABLE",
      "<fieldset><input type=search aria-label=Search><button>Go</button><input type=hidden name=t></fieldset>|INAPPLICABLE",
      "<fieldset role=presentation><input aria-label=x><input aria-label=y></fieldset>|INAPPLICABLE",
      "<fieldset hidden><input aria-label=x><input aria-label=y></fieldset>|INAPPLICABLE",
      "<style>legend::before { content: 'Address' }</style><fieldset><legend></legend><input aria-label=x><input aria-label=y></fieldset>|CANT_TELL",
  })
  void checksTheLegend(String body, Outcome expected) {
    assertThat(Fixtures.outcome(RULE, Fixtures.page(body))).as(body).isEqualTo(expected);
  }
}
