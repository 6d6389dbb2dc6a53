package org.curbcut.internal.aria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.rules.RuleContext;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Test;

/** One resolver of ID references: first match in the referring element's own tree. */
class IdResolverTest {
  private static Page page(String html) {
    return HtmlSnapshot.parse(html, "t.html");
  }

  /** The element with this data-t marker. */
  private static Element marked(Page p, String mark) {
    return p.elements().stream().filter(e -> e.attrOr("data-t", "").equals(mark)).findFirst().orElseThrow();
  }

  @Test
  void theFirstElementWithTheIdInTheSameTreeIsTheTarget() {
    Page p = page("<span id=a data-t=first>1</span><span id=a data-t=second>2</span><input data-t=from aria-labelledby=a>");
    IdResolver ids = Aria.of(p).ids();
    assertThat(ids.target(marked(p, "from"), "a")).contains(marked(p, "first"));
    assertThat(ids.all(marked(p, "from"), "a")).containsExactly(marked(p, "first"), marked(p, "second"));
    assertThat(ids.target(marked(p, "from"), "")).isEmpty();
    assertThat(ids.target(marked(p, "from"), "A")).isEmpty();
  }

  @Test
  void shadowRootsAndTemplatesAreTreesOfTheirOwn() {
    Page p = page("<div id=host><template shadowrootmode=open><span id=x data-t=inShadow>s</span>"
        + "<input data-t=shadowFrom aria-labelledby=x></template></div>"
        + "<template><span id=x data-t=inTemplate>t</span><b data-t=templateFrom></b></template>"
        + "<span id=y data-t=light>l</span><input data-t=lightFrom aria-labelledby='x y'>");
    IdResolver ids = Aria.of(p).ids();
    assertThat(ids.target(marked(p, "lightFrom"), "x")).isEmpty();
    assertThat(ids.targets(marked(p, "lightFrom"), "aria-labelledby")).containsExactly(marked(p, "light"));
    assertThat(ids.target(marked(p, "shadowFrom"), "x")).contains(marked(p, "inShadow"));
    assertThat(ids.target(marked(p, "shadowFrom"), "y")).isEmpty();
    assertThat(ids.target(marked(p, "templateFrom"), "x")).contains(marked(p, "inTemplate"));
    assertThat(ids.documentTarget("x")).isEmpty();
    assertThat(ids.documentTarget("y")).contains(marked(p, "light"));
  }

  @Test
  void referenceListsSplitOnAsciiWhitespaceOnlyAndKeepEachTargetOnce() {
    Page p = page("<i id=a data-t=a></i><i id=b data-t=b></i><i id='c\u000Bd' data-t=cd></i>"
        + "<div data-t=from aria-describedby=' b\ta\n\fb missing c\u000Bd\r'></div>");
    IdResolver ids = Aria.of(p).ids();
    assertThat(ids.targets(marked(p, "from"), "aria-describedby"))
        .containsExactly(marked(p, "b"), marked(p, "a"), marked(p, "cd"));
    assertThat(ids.targets(marked(p, "from"), "aria-owns")).isEmpty();
  }

  @Test
  void referrersAreTheElementsWhoseReferenceResolvesToTheTarget() {
    Page p = page("<span id=n data-t=n>x</span><span id=n data-t=dup>y</span>"
        + "<input data-t=one aria-labelledby=n><input data-t=two aria-labelledby='z n'>");
    IdResolver ids = Aria.of(p).ids();
    assertThat(ids.referrers(marked(p, "n"), "aria-labelledby")).containsExactly(marked(p, "one"), marked(p, "two"));
    assertThat(ids.referrers(marked(p, "dup"), "aria-labelledby")).isEmpty();
  }

  @Test
  void theIndexIsBuiltOncePerAuditAndPerDocument() {
    Page p = page("<iframe srcdoc='<p id=q>in frame</p>'></iframe><p id=q>top</p>");
    RuleContext ctx = new RuleContext(p);
    assertThat(ctx.aria().ids()).isSameAs(ctx.aria().ids());
    Page frame = p.elements().stream().filter(e -> e.contentDocument() != null).findFirst().orElseThrow().contentDocument();
    IdResolver frameIds = ctx.aria(frame).ids();
    assertThat(frameIds).isNotSameAs(ctx.aria().ids()).isSameAs(ctx.aria(frame).ids());
    assertThat(frameIds.documentTarget("q").map(Element::textContent)).contains("in frame");
    assertThat(new RuleContext(p).aria().ids()).isNotSameAs(ctx.aria().ids());
  }

  @Test
  void anIdSharedByManyElementsResolvesAlikeForAll() {
    StringBuilder html = new StringBuilder("<body>");
    for (int i = 0; i < 5_000; i++) html.append("<i id=same aria-labelledby=same></i>");
    Page p = page(html.toString());
    IdResolver ids = Aria.of(p).ids();
    List<Element> all = p.elements().stream().filter(e -> e.is("i")).toList();
    for (Element e : all) assertThat(ids.target(e, "same")).containsSame(all.get(0));
    assertThat(ids.all(all.get(4_999), "same")).hasSize(5_000);
    assertThat(ids.referrers(all.get(0), "aria-labelledby")).hasSize(5_000);
  }
}
