package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class LabelInNameTest {
  private final LabelInName rule = new LabelInName();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void passesWhenTheNameContainsTheVisibleWords() {
    assertThat(run("<button aria-label=\"Next page in the list\">Next Page</button>")).isEqualTo(Outcome.PASSED);
    assertThat(run("<button aria-label=\"Search by date\">Search by date (YYYY-MM-DD)</button>")).isEqualTo(Outcome.PASSED);
    assertThat(run("<a href=# aria-label=\"Hello world\"><p>Hello</p><p>world</p></a>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsWhenTheVisibleWordsAreMissingOrOutOfOrder() {
    assertThat(run("<a href=# aria-label=WCAG>ACT rules</a>")).isEqualTo(Outcome.FAILED);
    assertThat(run("<button aria-label=\"Download the specification\">Download specification</button>"))
        .isEqualTo(Outcome.FAILED);
    assertThat(Fixture.message(rule, "<a href=# aria-label=WCAG>ACT rules</a>")).contains("\"ACT rules\"").contains("\"WCAG\"");
  }

  @Test
  void elementsWithoutVisibleTextOrNotWidgetsAreInapplicable() {
    assertThat(run("<nav aria-label=\"main\">W3C navigation</nav>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<a href=# aria-label=Home><img src=h.png alt=home></a>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<a href=#>ACT rules</a>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void cannotTellForIconsAndDifferentHyphenation() {
    assertThat(run("<button aria-label=Close>X</button>")).isEqualTo(Outcome.CANT_TELL);
    assertThat(run("<a href=# aria-label=\"non-standard\">nonstandard</a>")).isEqualTo(Outcome.CANT_TELL);
    assertThat(run("<a href=# aria-label=\"University Avenue\">University Ave.</a>")).isEqualTo(Outcome.CANT_TELL);
    assertThat(run("<style>@media (prefers-reduced-data: reduce) { b { display: none } }</style><a href=# aria-label=Save>Save <b>draft</b></a>"))
        .isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void algorithmWorksOnWholeWords() {
    assertThat(LabelInName.contains("Discover It", "Discover Italy").isFalse()).isTrue();
    assertThat(LabelInName.contains(">>> Submit <<<", "Submit").isTrue()).isTrue();
  }
}
