package org.curbcut.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.rules.Level;
import org.curbcut.rules.Outcome;
import org.curbcut.snapshot.Device;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Test;

/** The device audit options carry: the screen whose media queries a page's style is read for. */
class AuditOptionsDeviceTest {
  /** Pale text on a narrow screen only. */
  private static final String HTML = "<!doctype html><html lang=en><title>t</title>"
      + "<style>p { color: #222 } @media (max-width: 600px) { p { color: #ccc } }</style><p>Some words</p>";

  @Test
  void theDefaultIsADesktopScreen() {
    assertThat(AuditOptions.defaults().device()).isEqualTo(Device.DEFAULT);
    assertThat(new AuditOptions(Level.AA, List.of(), List.of(), List.of()).device()).isEqualTo(Device.DEFAULT);
  }

  @Test
  void aPageIsAuditedForTheOptionsDevice() {
    Page page = HtmlSnapshot.parse(HTML, "t.html");
    AuditOptions contrast = new AuditOptions(Level.AA, List.of("color-contrast"), List.of(), List.of());
    assertThat(new Auditor(contrast).audit(page).ruleOutcomes().get("color-contrast")).isEqualTo(Outcome.PASSED);
    AuditOptions phone = contrast.withDevice(Device.viewport("375x667"));
    assertThat(new Auditor(phone).audit(page).ruleOutcomes().get("color-contrast")).isEqualTo(Outcome.FAILED);
  }
}
