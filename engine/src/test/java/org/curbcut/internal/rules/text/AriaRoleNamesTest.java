package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.curbcut.rules.Rule;
import org.junit.jupiter.api.Test;

/** The axe-like "ARIA role has a name" rules: aria-dialog-name, -meter-, -progressbar-, -tooltip-, -treeitem-. */
class AriaRoleNamesTest {
  private static Outcome run(Rule rule, String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void dialogName() {
    Rule r = new AriaDialogName();
    assertThat(run(r, "<div role=dialog aria-labelledby=h><h2 id=h>Settings</h2></div>")).isEqualTo(Outcome.PASSED);
    assertThat(run(r, "<div role=alertdialog><p>Sure?</p></div>")).isEqualTo(Outcome.FAILED);
    assertThat(run(r, "<dialog open><p>Native</p></dialog>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run(r, "<div role=dialog aria-hidden=true></div>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void meterAndProgressbarName() {
    assertThat(run(new AriaMeterName(), "<div role=meter aria-label=\"Disk usage\" aria-valuenow=3></div>")).isEqualTo(Outcome.PASSED);
    assertThat(run(new AriaMeterName(), "<div role=meter aria-valuenow=3></div>")).isEqualTo(Outcome.FAILED);
    assertThat(run(new AriaProgressbarName(), "<div role=progressbar aria-valuenow=3></div>")).isEqualTo(Outcome.FAILED);
    assertThat(run(new AriaProgressbarName(), "<progress value=3 max=9></progress>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void tooltipAndTreeitemName() {
    assertThat(run(new AriaTooltipName(), "<div role=tooltip>Copies the link</div>")).isEqualTo(Outcome.PASSED);
    assertThat(run(new AriaTooltipName(), "<div role=tooltip></div>")).isEqualTo(Outcome.FAILED);
    assertThat(run(new AriaTreeitemName(), "<ul role=tree><li role=treeitem>Docs</li><li role=treeitem></li></ul>"))
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void cannotTellWhenCssMayHideIt() {
    assertThat(run(new AriaTooltipName(), "<style>@media (prefers-reduced-data: reduce) { div { display: none } }</style><div role=tooltip></div>"))
        .isEqualTo(Outcome.CANT_TELL);
  }
}
