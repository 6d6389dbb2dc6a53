package org.curbcut.internal.aria.accname;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.internal.aria.accname.Names.name;

import org.curbcut.internal.aria.NameSource;
import org.curbcut.snapshot.Tri;
import org.junit.jupiter.api.Test;

/** Accname steps 2F/2G: name from content, text nodes, spacing, shadow DOM, aria-owns. */
class NameFromContentTest {
  @Test
  void buttonContent() {
    var n = name("<button id=t>  Save\n  draft </button>");
    assertThat(n.value()).isEqualTo("Save draft");
    assertThat(n.source()).isEqualTo(NameSource.CONTENTS);
  }

  @Test
  void genericElementsDoNotTakeNameFromContent() {
    assertThat(name("<div id=t>text</div>").value()).isEmpty();
  }

  @Test
  void inlineChildrenJoinWithoutSpaceBlocksWithSpace() {
    assertThat(name("<a id=t href=#><span>one</span><b>two</b></a>").value()).isEqualTo("onetwo");
    assertThat(name("<a id=t href=#><div>one</div><p>two</p></a>").value()).isEqualTo("one two");
  }

  @Test
  void imageAltAndAriaLabelAreSetApart() {
    assertThat(name("<a id=t href=#>Home<img alt=icon>page</a>").value()).isEqualTo("Home icon page");
  }

  @Test
  void hiddenDescendantsAreSkipped() {
    assertThat(name("<button id=t>Open <span hidden>secret</span><span aria-hidden=true>★</span>menu</button>").value())
        .isEqualTo("Open menu");
  }

  @Test
  void noBreakSpacesAreKept() {
    assertThat(name("<button id=t>a&nbsp;b</button>").value()).isEqualTo("a\u00a0b");
  }

  @Test
  void brSeparates() {
    assertThat(name("<button id=t>one<br>two</button>").value()).isEqualTo("one two");
  }

  @Test
  void generatedContentMakesTheNameUnknown() {
    var n = name("<style>.i::before{content:'→ '}</style><a id=t href=# class=i>Next</a>");
    assertThat(n.value()).isEqualTo("Next");
    assertThat(n.known()).isEqualTo(Tri.UNKNOWN);
  }

  @Test
  void shadowDomAndSlots() {
    assertThat(name("<button id=t><template shadowrootmode=open>Buy <slot></slot></template>now</button>").value())
        .isEqualTo("Buy now");
  }

  @Test
  void ariaOwnsAppendsOwnedElements() {
    assertThat(name("<a id=t href=# aria-owns=x>Read</a><span id=x> more</span>").value()).isEqualTo("Read more");
  }

  @Test
  void textTransformFromTheStyleSheet() {
    assertThat(name("<style>h2{text-transform:uppercase}</style><h2 id=t>Call us</h2>").value()).isEqualTo("CALL US");
  }

  @Test
  void deepNestingEnds() {
    String html = "<button id=t>" + "<span>".repeat(400) + "x" + "</span>".repeat(400) + "</button>";
    var n = name(html);
    assertThat(n.known()).isEqualTo(Tri.UNKNOWN);
  }
}
