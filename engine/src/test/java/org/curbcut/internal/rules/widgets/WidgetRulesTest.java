package org.curbcut.internal.rules.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.audit.Auditor;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.RuleResult;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.junit.jupiter.api.Test;

class WidgetRulesTest {

  private static Outcome outcome(Rule rule, String html) {
    Outcomes out = new Outcomes(rule.meta());
    rule.evaluate(new RuleContext(HtmlSnapshot.parse(html, "t.html")), out);
    return Auditor.pageOutcome(out.results());
  }

  private static List<RuleResult> results(Rule rule, String html) {
    Outcomes out = new Outcomes(rule.meta());
    rule.evaluate(new RuleContext(HtmlSnapshot.parse(html, "t.html")), out);
    return out.results();
  }

  @Test
  void clickTargetKeyboard() {
    Rule r = new ClickTargetKeyboard();
    assertThat(outcome(r, "<div onclick='go()'>Open</div>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome(r, "<span tabindex=0 onclick='go()'>Open</span>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome(r, "<div role=button tabindex=0 onclick='go()'>Open</div>")).isEqualTo(Outcome.CANT_TELL);
    assertThat(outcome(r, "<div role=button tabindex=0 onclick='go()' onkeydown='k(event)'>Open</div>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome(r, "<button onclick='go()'>Open</button>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome(r, "<div onclick='track()'><a href='/x'>Card</a></div>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome(r, "<div onclick='go()' style='display:none'>Open</div>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(results(r, "<div onclick='go()'>Open</div>").get(0).message()).contains("keyboard users cannot reach it");
  }

  @Test
  void modalDialogSemantics() {
    Rule r = new ModalDialogSemantics();
    assertThat(outcome(r, "<div class='modal'><h2>Get the e-book</h2><span class=close onclick=c()>×</span></div>"))
        .isEqualTo(Outcome.FAILED);
    assertThat(outcome(r, "<div class='modal' role=dialog aria-labelledby=h><h2 id=h>Get the e-book</h2>"
        + "<button>Close</button></div>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome(r, "<div class='modal' role=dialog><h2>Get the e-book</h2><button>Close</button></div>"))
        .isEqualTo(Outcome.FAILED);
    assertThat(outcome(r, "<div class='modal-backdrop'><div role=dialog aria-label=x><button>Close</button></div></div>"))
        .isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome(r, "<div class='popup-info'>Tip text</div>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void disclosureState() {
    Rule r = new DisclosureState();
    assertThat(outcome(r, "<div class='faq-question' onclick='toggle(this)'>Who can come?</div>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome(r, "<button aria-controls=m>Menu</button><ul id=m hidden></ul>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome(r, "<button aria-controls=m aria-expanded=false>Menu</button>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome(r, "<button class='dropdown-toggle' aria-expanded='true'>More</button>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome(r, "<button aria-pressed=false onclick='toggle()'>Bold</button>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome(r, "<button onclick='save()'>Save</button>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome(r, "<details><summary>More</summary>x</details>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void disclosureStateLeavesCarouselAndChooserButtonsAlone() {
    Rule r = new DisclosureState();
    // carousel arrows and dots control the slides without showing or hiding them
    assertThat(outcome(r, "<div id=s class='carousel-inner'></div><button aria-controls=s>Go</button>"))
        .isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome(r, "<div id=s aria-roledescription=carousel></div><button aria-controls=s>Go</button>"))
        .isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome(r, "<ul id=s class='swiper-wrapper'></ul><button aria-controls=s>Go</button>"))
        .isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome(r, "<div id=s></div><button aria-controls=s aria-label='Previous slide'>‹</button>"))
        .isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome(r, "<div id=s></div><button aria-controls=s>Next ›</button>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome(r, "<div id=s></div><button aria-controls=s class='slick-prev'></button>"))
        .isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome(r, "<div id=s></div><button aria-controls=s>Go to slide 3</button>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome(r, "<section aria-roledescription=carousel><div id=s></div><button aria-controls=s>1</button></section>"))
        .isEqualTo(Outcome.INAPPLICABLE);
    // a close button and buttons choosing a view of one element
    assertThat(outcome(r, "<div id=d></div><button aria-controls=d aria-label=Close>×</button>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome(r, "<div id=t></div><button aria-controls=t>Red</button><button aria-controls=t>Green</button>"
        + "<button aria-controls=t>Blue</button>")).isEqualTo(Outcome.INAPPLICABLE);
    // near misses: real disclosures still need their state
    assertThat(outcome(r, "<nav id=m class='site-nav'></nav><button aria-controls=m>Menu</button>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome(r, "<div id=m></div><button aria-controls=m>Next steps</button>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome(r, "<div id=m></div><button aria-controls=m class=preview-toggle>Show</button>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome(r, "<div id=m></div><button aria-controls=m>Open</button><button aria-controls=m>Close</button>"))
        .isEqualTo(Outcome.FAILED);
    assertThat(outcome(r, "<div id=s class=carousel></div><button class=dropdown-toggle aria-controls=s>Slides</button>"))
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void patternHasHint() {
    Rule r = new PatternHasHint();
    assertThat(outcome(r, "<label>Date <input pattern='\\d{2}/\\d{2}/\\d{4}'></label>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome(r, "<input pattern='\\d{5}' title='Five digits, e.g. 12345'>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome(r, "<input pattern='\\d{5}' aria-describedby=h><span id=h>Five digits</span>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome(r, "<input type=number min=1 max=5>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void requiredMarkedOnlyVisually() {
    Rule r = new RequiredMarkedOnlyVisually();
    assertThat(outcome(r, "<label>Name *<input name=n></label>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome(r, "<input name=n placeholder=Name> <span class=req>*</span>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome(r, "<label for=e>Email (required)</label><input id=e>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome(r, "<label>Name *<input name=n required></label>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome(r, "<label>Name *<input name=n aria-required=true></label>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome(r, "<label>Name <input name=n></label>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome(r, "<label>Name*<input name=n></label>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome(r, "<label>Rating 5*<input name=n></label>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome(r, "<p>3 * 4 = <input name=n></p>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
