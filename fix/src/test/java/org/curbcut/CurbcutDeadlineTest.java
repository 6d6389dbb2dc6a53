package org.curbcut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.time.Duration;
import org.curbcut.audit.Incomplete;
import org.curbcut.audit.PageReport;
import org.curbcut.fix.RepairRequest;
import org.curbcut.fix.RepairedPage;
import org.curbcut.input.PageInput;
import org.curbcut.rules.Deadline;
import org.junit.jupiter.api.Test;

/**
 * The facade's time limits: a page timeout on the engine, a deadline per call or per request. A
 * repair past its time fails open (the original bytes, unchanged, and the reason); an audit past
 * its time says it is incomplete. Neither throws. The limits here are zero or cancelled: nothing
 * depends on how fast the machine is.
 */
class CurbcutDeadlineTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** Has repairs Curbcut is sure of (a title, a positive tabindex), in a non-UTF-8 encoding with a non-ASCII byte. */
  private static final byte[] BYTES = ("<!doctype html><html lang=\"en\"><head><meta charset=\"windows-1252\"><title></title></head>"
      + "<body><main><h1>Caf\u00e9</h1><a href=\"x.html\" tabindex=\"3\">Opening hours</a></main></body></html>")
      .getBytes(WINDOWS_1252);

  private static PageInput input() {
    return PageInput.of(BYTES.clone(), "text/html", "https://example.org/cafe");
  }

  @Test
  void aRepairPastThePageTimeoutGivesTheOriginalBytesBack() {
    Curbcut engine = Curbcut.builder().withoutStandardDescribers().pageTimeout(Duration.ZERO).build();
    RepairedPage page = engine.repair(input(), RepairRequest.defaults());
    assertThat(page.ok()).isFalse();
    assertThat(page.stopped()).isTrue();
    assertThat(page.changed()).isFalse();
    assertThat(page.bytes()).isEqualTo(BYTES);
    assertThat(page.error()).hasValue("stopped at the time limit, so nothing was repaired: the page is left as it was");
    assertThat(page.repairs()).isEmpty();
    assertThat(page.diff()).isEmpty();
  }

  @Test
  void aRequestsDeadlineReplacesThePageTimeoutAndCanBeCancelled() {
    Curbcut engine = Curbcut.builder().withoutStandardDescribers().pageTimeout(Duration.ofDays(1)).build();
    Deadline deadline = Deadline.cancellable();
    deadline.cancel(); // the proxy's client went away
    RepairedPage page = engine.repair(input(), RepairRequest.defaults().withDeadline(deadline));
    assertThat(page.stopped()).isTrue();
    assertThat(page.bytes()).isEqualTo(BYTES);
    assertThat(page.error()).hasValue("cancelled, so nothing was repaired: the page is left as it was");
    // an expired time limit of the request's own
    RepairedPage late = engine.repair(input(), RepairRequest.defaults().withTimeLimit(Duration.ZERO));
    assertThat(late.stopped()).isTrue();
    assertThat(late.bytes()).isEqualTo(BYTES);
  }

  @Test
  void withTimeToSpareTheSamePageIsRepaired() {
    Curbcut engine = Curbcut.builder().withoutStandardDescribers().pageTimeout(Duration.ofDays(1)).build();
    RepairedPage page = engine.repair(input(), RepairRequest.defaults());
    assertThat(page.ok()).isTrue();
    assertThat(page.stopped()).isFalse();
    assertThat(page.changed()).isTrue();
  }

  @Test
  void anAuditPastThePageTimeoutIsIncompleteNotAnError() {
    Curbcut engine = Curbcut.builder().pageTimeout(Duration.ZERO).build();
    PageReport r = engine.audit(input());
    assertThat(r.error()).isNull();
    assertThat(r.stopped()).isTrue();
    assertThat(r.incomplete().reason()).isEqualTo(Incomplete.Reason.TIME_LIMIT);
    assertThat(r.incomplete().rulesNotRun()).hasSize(engine.rules().size());
    assertThat(r.ruleOutcomes()).isEmpty();
    assertThat(engine.audit(Curbcut.parse("<p>x")).stopped()).isTrue();
    // a deadline given to the call replaces the engine's timeout
    assertThat(engine.audit(Curbcut.parse("<p>x"), Deadline.NONE).stopped()).isFalse();
  }

  @Test
  void withoutAPageTimeoutNothingStops() {
    Curbcut engine = Curbcut.builder().build();
    assertThat(engine.pageTimeout()).isEmpty();
    assertThat(engine.audit(Curbcut.parse("<p>x")).complete()).isTrue();
  }

  @Test
  void aNegativePageTimeoutIsRefused() {
    assertThatThrownBy(() -> Curbcut.builder().pageTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
