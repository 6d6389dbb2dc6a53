package org.curbcut.internal.aria;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Test;

/** HTML's label↔control relation, one index per document. */
class LabelsTest {
  private static Page page(String html) {
    return HtmlSnapshot.parse(html, "t.html");
  }

  private static Element marked(Page p, String mark) {
    return p.elements().stream().filter(e -> e.attrOr("data-t", "").equals(mark)).findFirst().orElseThrow();
  }

  @Test
  void forNamesALabelableElementAndWrappingLabelsTheirFirstLabelableDescendant() {
    Page p = page("<label for=f data-t=forLabel>F</label><input id=f data-t=f>"
        + "<label data-t=wrap>W <input type=hidden> <select data-t=s></select> <input data-t=second></label>"
        + "<label for=d data-t=toDiv>D</label><div id=d></div>"
        + "<label for=missing data-t=broken><input data-t=inside></label>");
    Labels labels = Aria.of(p).labels();
    assertThat(labels.labelsOf(marked(p, "f"))).containsExactly(marked(p, "forLabel"));
    assertThat(labels.controlOf(marked(p, "wrap"))).contains(marked(p, "s"));
    assertThat(labels.labelsOf(marked(p, "second"))).isEmpty();
    assertThat(labels.controlOf(marked(p, "toDiv"))).isEmpty();
    // a label with for never falls back to its content
    assertThat(labels.controlOf(marked(p, "broken"))).isEmpty();
    assertThat(labels.labelsOf(marked(p, "inside"))).isEmpty();
  }

  @Test
  void aControlsLabelsComeInTreeOrderAndNestedLabelsShareTheirControl() {
    Page p = page("<label data-t=outer>O <label data-t=inner>I <textarea data-t=t></textarea></label></label>"
        + "<label for=t2 data-t=before>B</label><p><label data-t=wrapping><input id=t2 data-t=t2></label></p>"
        + "<label for=t2 data-t=after>A</label>");
    Labels labels = Aria.of(p).labels();
    assertThat(labels.labelsOf(marked(p, "t"))).containsExactly(marked(p, "outer"), marked(p, "inner"));
    assertThat(labels.labelsOf(marked(p, "t2")))
        .containsExactly(marked(p, "before"), marked(p, "wrapping"), marked(p, "after"));
  }

  @Test
  void labelsResolveInTheirOwnTree() {
    Page p = page("<input id=x data-t=light>"
        + "<div><template shadowrootmode=open><label for=x data-t=shadowLabel>S</label><input id=x data-t=shadow>"
        + "<label data-t=shadowWrap><meter data-t=meter></meter></label></template></div>");
    Labels labels = Aria.of(p).labels();
    assertThat(labels.labelsOf(marked(p, "shadow"))).containsExactly(marked(p, "shadowLabel"));
    assertThat(labels.labelsOf(marked(p, "light"))).isEmpty();
    assertThat(labels.controlOf(marked(p, "shadowWrap"))).contains(marked(p, "meter"));
  }

  @Test
  void deeplyNestedLabelsAreIndexedInOneWalk() {
    StringBuilder html = new StringBuilder();
    for (int i = 0; i < 5_000; i++) html.append("<label>");
    html.append("<input data-t=deep>");
    for (int i = 0; i < 5_000; i++) html.append("</label>");
    Page p = page(html.toString());
    assertThat(Aria.of(p).labels().labelsOf(marked(p, "deep"))).hasSize(5_000);
  }

  @Test
  void labelsWrittenForARepeatedIdStayNamedByIt() {
    Page p = page("<label for=u data-t=l1>User *</label><input id=u data-t=first>"
        + "<label for=u data-t=l2>User *</label><input id=u data-t=second>");
    Labels labels = Aria.of(p).labels();
    assertThat(labels.labelsOf(marked(p, "first"))).containsExactly(marked(p, "l1"), marked(p, "l2"));
    assertThat(labels.labelsOf(marked(p, "second"))).isEmpty();
    assertThat(labels.labelsNaming(marked(p, "second"))).containsExactly(marked(p, "l1"), marked(p, "l2"));
  }
}
