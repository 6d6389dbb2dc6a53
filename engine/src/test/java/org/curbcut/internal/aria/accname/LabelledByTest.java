package org.curbcut.internal.aria.accname;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.internal.aria.accname.Names.description;
import static org.curbcut.internal.aria.accname.Names.name;

import org.curbcut.internal.aria.NameSource;
import org.curbcut.snapshot.Tri;
import org.junit.jupiter.api.Test;

/** Accname steps 2A and 2B: hidden nodes, aria-labelledby, aria-describedby. */
class LabelledByTest {
  @Test
  void labelledbyJoinsReferencesInOrder() {
    var n = name("<button id=t aria-labelledby='b a'>x</button><span id=a>one</span><span id=b>two</span>");
    assertThat(n.value()).isEqualTo("two one");
    assertThat(n.source()).isEqualTo(NameSource.ARIA_LABELLEDBY);
    assertThat(n.known()).isEqualTo(Tri.TRUE);
  }

  @Test
  void labelledbyWinsOverAriaLabel() {
    assertThat(name("<input id=t aria-label=no aria-labelledby=l><p id=l>yes</p>").value()).isEqualTo("yes");
  }

  @Test
  void labelledbyIsNotFollowedRecursively() {
    assertThat(name("<a id=t href=# aria-labelledby=a>x</a><span id=a aria-labelledby=b>A</span><span id=b>B</span>").value())
        .isEqualTo("A");
  }

  @Test
  void invalidReferencesFallBack() {
    assertThat(name("<button id=t aria-labelledby='nope'>content</button>").value()).isEqualTo("content");
  }

  @Test
  void hiddenReferencedNodeCountsWithItsHiddenSubtree() {
    assertThat(name("<button id=t aria-labelledby=l>x</button><div id=l hidden>foo <span hidden>bar</span></div>").value())
        .isEqualTo("foo bar");
  }

  @Test
  void hiddenDescendantOfVisibleReferenceIsSkipped() {
    assertThat(name("<button id=t aria-labelledby=l>x</button><div id=l>foo <span aria-hidden=true>bar</span></div>").value())
        .isEqualTo("foo");
  }

  @Test
  void selfReferenceUsesTheElementsOwnLabel() {
    assertThat(name("<input id=t aria-label=bar aria-labelledby='l t'><div id=l>foo</div>").value()).isEqualTo("foo bar");
  }

  @Test
  void embeddedTextboxGivesItsValue() {
    assertThat(name("<input type=checkbox id=t aria-labelledby='a b c'><span id=a>Flash</span>"
        + "<input id=b value=5><span id=c>times</span>").value()).isEqualTo("Flash 5 times");
  }

  @Test
  void embeddedSliderGivesValueText() {
    assertThat(name("<input type=checkbox id=t aria-labelledby='a s'><span id=a>Volume</span>"
        + "<div id=s role=slider aria-valuenow=3 aria-valuetext=loud></div>").value()).isEqualTo("Volume loud");
  }

  @Test
  void cyclesEnd() {
    assertThat(name("<div id=t role=button aria-owns=a><span id=a aria-owns=t>x</span></div>").value()).isEqualTo("x");
  }

  @Test
  void describedbyThenAriaDescriptionThenTitle() {
    assertThat(description("<button id=t aria-describedby=d title=tip>x</button><p id=d>details</p>").value()).isEqualTo("details");
    assertThat(description("<button id=t aria-description=more title=tip>x</button>").value()).isEqualTo("more");
    assertThat(description("<button id=t title=tip>x</button>").value()).isEqualTo("tip");
  }

  @Test
  void titleUsedForTheNameIsNotTheDescription() {
    assertThat(description("<button id=t title=tip></button>").value()).isEmpty();
  }
}
