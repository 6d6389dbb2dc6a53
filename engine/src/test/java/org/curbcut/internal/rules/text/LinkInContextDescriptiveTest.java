package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class LinkInContextDescriptiveTest {
  private final LinkInContextDescriptive rule = new LinkInContextDescriptive();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void needsAPersonForEveryNamedLink() {
    assertThat(run("<p>See <a href=#d>this product</a>.</p>")).isEqualTo(Outcome.CANT_TELL);
    assertThat(Fixture.message(rule, "<a href=#d>More</a>")).contains("\"More\"");
  }

  @Test
  void failsAGenericTextWithNoContextAtAll() {
    assertThat(run("<div class=teaser><img src=t.jpg alt=''><div>New bike lanes</div><a href=/a>Read more »</a></div>"))
        .isEqualTo(Outcome.FAILED);
    assertThat(run("<main><a href=/x>Click here</a></main>")).isEqualTo(Outcome.FAILED);
    // a heading in another section does not tell what this one's link is about
    assertThat(run("<section><h2>Sports</h2></section><nav><ul><li><a href=/m>More</a></li></ul></nav>")).isEqualTo(Outcome.FAILED);
    assertThat(run("<div><a href=/m>More...</a></div><h2>Contact</h2>")).isEqualTo(Outcome.FAILED);
    assertThat(run("<div><a href=/x>Mehr</a> <a href=/y>Lire la suite</a></div>")).isEqualTo(Outcome.FAILED);
    assertThat(Fixture.results(rule, "<a href=/x>here</a>").get(0).is(LinkInContextDescriptive.GENERIC)).isTrue();
  }

  @Test
  void aGenericTextWithContextIsForAPerson() {
    // sentence / paragraph, list item, table cell with headers, heading, description, preceding heading (H80)
    for (String html : new String[] {
        "<p>Our prices changed in May. <a href=/p>Read more</a></p>",
        "<ul><li>Pricing update <a href=/p>more</a></li></ul>",
        "<table><tr><th>Report</th></tr><tr><td><a href=/r>Details</a></td></tr></table>",
        "<h2><a href=/p>Here</a> is the news</h2>",
        "<a href=/p aria-describedby=d>Read more</a><span id=d>about pricing</span>",
        "<a href=/p title='Pricing in 2025'>Read more</a>",
        "<article><h2>Pricing</h2><img src=a.png alt=''><a href=/p>Read more</a></article>",
        "<h1>Pricing</h1><div><div><a href=/p>Read more</a></div></div>",
        "<section><h2>Deal professor</h2><p>Text</p><footer><p><a href=/c>See more »</a></p></footer></section>"}) {
      assertThat(run(html)).as(html).isEqualTo(Outcome.CANT_TELL);
      assertThat(Fixture.results(rule, html).get(0).is(LinkInContextDescriptive.GENERIC_IN_CONTEXT)).as(html).isTrue();
    }
  }

  @Test
  void descriptiveOrLongerTextsAreNotGeneric() {
    // near misses: generic words inside a descriptive text, hidden text completing the name
    for (String html : new String[] {
        "<div><a href=/p>Read more about pricing</a></div>",
        "<div><a href=/p>Read more<span class=sr-only> about pricing</span></a></div>",
        "<div><a href=/p aria-label='Read more about pricing'>Read more</a></div>",
        "<div><a href=/h>Here and now: the festival</a></div>"}) {
      assertThat(Fixture.results(rule, html).get(0).is(NeedsPersonRule.NEEDS_PERSON)).as(html).isTrue();
    }
  }

  @Test
  void nonLinksHiddenOrUnnamedLinksAreInapplicable() {
    assertThat(run("<a href=/x role=button>WAI</a>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<a href=/x style=\"display:none\">Checkout</a>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<a>placeholder</a>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<a href=/x></a>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
