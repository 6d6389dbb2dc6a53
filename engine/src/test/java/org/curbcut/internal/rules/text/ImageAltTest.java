package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.rules.testing.RuleAssertions.assertThat;
import static org.curbcut.rules.testing.RuleAssertions.audit;

import org.curbcut.rules.testing.RuleAudit;
import org.junit.jupiter.api.Test;

class ImageAltTest {
  private final ImageAlt rule = new ImageAlt();

  @Test
  void passesAnImageWithAlt() {
    assertThat(audit(rule, "<img id=a src=a.png alt='Company logo'>")).passed("#a").andNoOtherTargets();
  }

  @Test
  void passesADecorativeImage() {
    assertThat(audit(rule, "<img id=a src=a.png alt=''><img id=b src=a.png role=presentation>"))
        .passed("#a")
        .passed("#b")
        .andNoOtherTargets();
  }

  @Test
  void anAltOfOnlyANoBreakSpaceIsNoName() {
    // not the empty string, so not decorative; only white space, so no name either
    assertThat(audit(rule, "<img id=a src=a.png alt='&#160;'><img id=b src=b.png alt='&#160;Map'>"))
        .failed("#a", "missing").passed("#b").andNoOtherTargets();
  }

  @Test
  void failsAnImageWithoutAlt() {
    RuleAudit audit = audit(rule, "<img src=a.png><img id=b src=b.png alt=Logo>");
    assertThat(audit).failed("img:not([alt])", "missing").passed("#b").andNoOtherTargets();
    assertThat(audit.message("img:not([alt])")).contains("<img>").contains("alt=");
  }

  @Test
  void failsARoleImgWithoutName() {
    assertThat(audit(rule, "<div id=a role=img style='background:url(a.png)'></div>"))
        .failed("#a", "missing")
        .andNoOtherTargets();
  }

  @Test
  void hiddenImagesAreInapplicable() {
    assertThat(audit(rule, "<img src=a.png aria-hidden=true>")).inapplicable();
    assertThat(audit(rule, "<div style='display:none'><img src=a.png></div>")).inapplicable();
  }

  @Test
  void cannotTellWhenCssMayHideTheImage() {
    String html = "<style>@media (prefers-reduced-data: reduce) { .x { display: none } }</style><img id=a class=x src=a.png>";
    assertThat(audit(rule, html)).cantTell("#a", "maybe-hidden").andNoOtherTargets();
  }

  @Test
  void checksSrcdocFrames() {
    assertThat(audit(rule, "<iframe title=t srcdoc=\"<img id=a src=a.png>\"></iframe>"))
        .failed("#a", "missing")
        .andNoOtherTargets();
  }
}
