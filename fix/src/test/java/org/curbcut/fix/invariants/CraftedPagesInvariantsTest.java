package org.curbcut.fix.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.fix.RepairResult;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.junit.jupiter.api.Test;

/**
 * The invariants on small pages made to provoke the repairs where they are most likely to go wrong:
 * several repairs that want the same fresh id, targets inside srcdoc frames, markup the parser
 * moves (foster parenting), a last line without a newline.
 */
class CraftedPagesInvariantsTest {
  private static final InvariantHarness HARNESS = InvariantHarness.forCorpus();

  private static InvariantHarness.Checked check(String html) {
    return HARNESS.check(new Corpora.Doc("crafted", html, t -> HtmlSnapshot.parse(t, "crafted.html")));
  }

  private static RepairResult repairedCleanly(String html) {
    InvariantHarness.Checked c = check(html);
    assertThat(c.violations()).isEmpty();
    return c.result();
  }

  @Test
  void severalDisclosuresGetDistinctIds() {
    String faq = "<div class=faq-q onclick='toggle(this)'>Q{n}?</div><div class=faq-a hidden>A{n}.</div>";
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 3; i++) body.append(faq.replace("{n}", Integer.toString(i)));
    RepairResult r = repairedCleanly("<!doctype html><html lang=en><head><title>T</title></head><body><main>" + body + "</main></body></html>");
    assertThat(r.repairedText()).contains("id=\"curbcut-disclosure\"", "id=\"curbcut-disclosure-2\"", "id=\"curbcut-disclosure-3\"");
  }

  @Test
  void severalDialogsAndLabelsGetDistinctIds() {
    String modal = "<div class=modal><h2>Offer {n}</h2><button onclick=c()>Close</button></div>";
    repairedCleanly("<!doctype html><html lang=en><head><title>T</title></head><body><main>"
        + modal.replace("{n}", "1") + modal.replace("{n}", "2")
        + "<form><span>Yes</span> <input type=radio name=ok value=y><span>No</span> <input type=radio name=ok value=n></form>"
        + "</main></body></html>");
  }

  @Test
  void targetsInsideSrcdocFramesAreLeftAlone() {
    RepairResult r = repairedCleanly("<!doctype html><html lang=en><head><title>T</title></head><body><main>"
        + "<iframe title=Share srcdoc=\"<a href='https://www.facebook.com/x'><i class='fa fa-facebook'></i></a>\"></iframe>"
        + "</main></body></html>");
    assertThat(r.changed()).isFalse();
  }

  @Test
  void failuresInsideSrcdocFramesAreNotNewAfterARepairBeforeTheFrame() {
    RepairResult r = repairedCleanly("<!doctype html><html lang=en><head><title>T</title></head><body><main>"
        + "<div class=faq-q onclick='toggle(this)'>Who can come?</div><div class=faq-a hidden>Anyone.</div>"
        + "<iframe title=Photo srcdoc=\"<p>" + "Our walking group. ".repeat(20) + "</p><img src=group.jpg>\"></iframe></main></body></html>");
    assertThat(r.changed()).isTrue();
    assertThat(r.outcomes()).anyMatch(o -> o.failure().rule().id().equals("image-alt") && o.reason().contains("srcdoc"));
  }

  @Test
  void aTitleAfterACharsetAtTheEndOfTheFile() {
    RepairResult r = repairedCleanly("<html lang=en><meta charset=utf-8><h1>Opening hours</h1>");
    assertThat(r.changed()).isTrue();
  }

  @Test
  void fosterParentedMarkup() {
    repairedCleanly("<!doctype html><html lang=en><head><title>T</title></head><body><table><a href='https://twitter.com/x'>"
        + "<i class='fa fa-twitter'></i></a><tr><td>Name</td><td><input name=full_name pattern='[A-Z]{2}'></td></tr></table>"
        + "<div id=content>Text</div></body></html>");
  }

  @Test
  void aMainWithADuplicateIdKeepsIt() {
    repairedCleanly("<!doctype html><html><head><title>T</title></head><body><div id=x>Top</div>"
        + "<div class=main id=x><h1>Small steps out of isolation</h1><p>Loneliness can creep up on anyone. Our weekly walking "
        + "group meets at the clinic every Tuesday morning, and nobody has to talk until they want to.</p></div></body></html>");
  }
}
