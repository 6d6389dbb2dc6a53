package org.curbcut.internal.aria.accname;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.internal.aria.accname.Names.name;

import org.curbcut.internal.aria.NameSource;
import org.junit.jupiter.api.Test;

/** Accname step 2I and the placeholder fallback. */
class TooltipTest {
  @Test
  void titleWhenNothingElse() {
    var n = name("<button id=t title='Close dialog'></button>");
    assertThat(n.value()).isEqualTo("Close dialog");
    assertThat(n.source()).isEqualTo(NameSource.TOOLTIP);
  }

  @Test
  void contentBeatsTitle() {
    assertThat(name("<a id=t href=# title=tip>text</a>").value()).isEqualTo("text");
  }

  @Test
  void titleOnGenericElement() {
    assertThat(name("<div id=t title=tip>text</div>").value()).isEqualTo("tip");
  }

  @Test
  void titleOfADescendantInContent() {
    assertThat(name("<button id=t><span title=Delete></span></button>").value()).isEqualTo("Delete");
  }

  @Test
  void placeholderIsTheLastResort() {
    var n = name("<input id=t placeholder=Search>");
    assertThat(n.value()).isEqualTo("Search");
    assertThat(n.source()).isEqualTo(NameSource.PLACEHOLDER);
    assertThat(name("<input id=t title=tip placeholder=Search>").value()).isEqualTo("tip");
    assertThat(name("<div id=t role=textbox aria-placeholder=Type></div>").value()).isEqualTo("Type");
  }

  @Test
  void noName() {
    var n = name("<button id=t></button>");
    assertThat(n.value()).isEmpty();
    assertThat(n.source()).isEqualTo(NameSource.NONE);
  }
}
