package org.curbcut.internal.aria.accname;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.internal.aria.accname.Names.name;

import org.curbcut.internal.aria.NameSource;
import org.junit.jupiter.api.Test;

/** Accname steps 2C/2D/2E: aria-label and the HTML-AAM native text alternatives. */
class HostLanguageLabelTest {
  @Test
  void ariaLabel() {
    var n = name("<button id=t aria-label='  Close  '>X</button>");
    assertThat(n.value()).isEqualTo("Close");
    assertThat(n.source()).isEqualTo(NameSource.ARIA_LABEL);
  }

  @Test
  void labelFor() {
    var n = name("<label for=t>Email</label><input id=t>");
    assertThat(n.value()).isEqualTo("Email");
    assertThat(n.source()).isEqualTo(NameSource.HOST_LANGUAGE);
  }

  @Test
  void wrappingLabelLeavesTheControlsOwnValueOut() {
    assertThat(name("<label>Name <input id=t value=Ann></label>").value()).isEqualTo("Name");
  }

  @Test
  void multipleLabelsAreConcatenated() {
    assertThat(name("<label for=t>one</label><input id=t><label for=t>two</label>").value()).isEqualTo("one two");
  }

  @Test
  void labelWithEmbeddedSelectGivesTheSelectedOption() {
    assertThat(name("<label><input type=checkbox id=t> Flash <select><option>1<option selected>2</select> times</label>").value())
        .isEqualTo("Flash 2 times");
  }

  @Test
  void inputButtonsUseValueThenDefault() {
    assertThat(name("<input type=submit id=t>").value()).isEqualTo("Submit");
    assertThat(name("<input type=reset id=t>").value()).isEqualTo("Reset");
    assertThat(name("<input type=button id=t value=Go>").value()).isEqualTo("Go");
    assertThat(name("<input type=button id=t>").value()).isEmpty();
  }

  @Test
  void imageInputUsesAltThenValueThenTitleThenSubmit() {
    assertThat(name("<input type=image id=t alt=Search value=v>").value()).isEqualTo("Search");
    assertThat(name("<input type=image id=t value=v>").value()).isEqualTo("v");
    assertThat(name("<input type=image id=t title=tip>").value()).isEqualTo("tip");
    assertThat(name("<input type=image id=t>").value()).isEqualTo("Submit");
  }

  @Test
  void imgAltAndEmptyAlt() {
    assertThat(name("<img id=t alt='A cat' title=x>").value()).isEqualTo("A cat");
    assertThat(name("<img id=t alt='' title=x>").value()).isEmpty();
  }

  @Test
  void legendCaptionFigcaption() {
    assertThat(name("<fieldset id=t><legend>Address</legend><input></fieldset>").value()).isEqualTo("Address");
    assertThat(name("<table id=t><caption>Prices</caption><tr><td>1</table>").value()).isEqualTo("Prices");
    assertThat(name("<figure id=t><img alt=x><figcaption>Fig. 1</figcaption></figure>").value()).isEqualTo("Fig. 1");
  }

  @Test
  void svgTitleChild() {
    assertThat(name("<svg id=t><title>Chart</title><rect/></svg>").value()).isEqualTo("Chart");
  }

  @Test
  void optgroupLabel() {
    assertThat(name("<select><optgroup id=t label=Fruit><option>Apple</optgroup></select>").value()).isEqualTo("Fruit");
  }

  @Test
  void presentationalImageHasNoName() {
    assertThat(name("<img id=t role=none alt=logo>").value()).isEmpty();
  }

  @Test
  void labelsInsideASrcdocDocument() {
    var page = org.curbcut.internal.snapshot.HtmlSnapshot.parse(
        "<iframe title=f srcdoc='<label for=i>Inner</label><input id=i>'></iframe>", "fixture.html");
    var inner = page.select("iframe").get(0).contentDocument();
    var input = inner.byId("i").orElseThrow();
    assertThat(org.curbcut.internal.aria.Aria.of(page).name(input).value()).isEqualTo("Inner");
  }

  @Test
  void passwordValueIsNeverEmbedded() {
    assertThat(name("<input type=checkbox id=t aria-labelledby='a p'><span id=a>Secret</span>"
        + "<input type=password id=p value=hunter2>").value()).isEqualTo("Secret");
  }
}
