package org.curbcut.fix.invariants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.audit.PageReport;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.UnifiedDiff;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Test;

/**
 * The invariant checker itself: each invariant catches a tampered "repair" that breaks it, and
 * lets what repairs may do pass. (A tampered text with no applied repair always breaks (g) too.)
 */
class RepairInvariantsTest {
  private static final String HEAD = "<!doctype html><html lang=en><head><title>T</title>"
      + "<style>p{color:#000}</style><link rel=stylesheet href=a.css></head><body><main>";
  private static final String TAIL = "</main><script src=a.js></script><script>go()</script></body></html>";
  private static final Auditor AUDITOR = new Auditor(AuditOptions.defaults());

  private static Page parse(String html) {
    return HtmlSnapshot.parse(html, "t.html");
  }

  /** The checker's verdict on a pretend repair that turned {@code before} into {@code after}. */
  private static List<String> violations(String before, String after) {
    Page original = parse(HEAD + before + TAIL);
    PageReport first = AUDITOR.audit(original);
    PageReport second = AUDITOR.audit(parse(HEAD + after + TAIL));
    RepairResult r = new RepairResult(original, HEAD + after + TAIL, List.of(), first, second, List.of());
    return RepairInvariants.check(r, RepairInvariantsTest::parse);
  }

  private static List<String> except(List<String> v, String letter) {
    return v.stream().filter(s -> !s.startsWith("(" + letter + ")")).toList();
  }

  @Test
  void anUntouchedPageKeepsEveryPromise() {
    Page original = parse(HEAD + "<p>Hi <a href=/x>there</a></p>" + TAIL);
    PageReport report = AUDITOR.audit(original);
    RepairResult r = new RepairResult(original, original.text(), List.of(), report, report, List.of());
    assertThat(RepairInvariants.check(r, RepairInvariantsTest::parse)).isEmpty();
  }

  @Test
  void changedVisibleTextIsCaught() {
    assertThat(violations("<p>Opening hours</p>", "<p>Opening hour</p>"))
        .anyMatch(v -> v.startsWith("(a) visible text")).anyMatch(v -> v.startsWith("(a) text content"));
    assertThat(violations("<p>Opening hours</p>", "<p>Opening<br>hours</p>")).noneMatch(v -> v.startsWith("(a)"));
    assertThat(violations("<p>Opening hours</p>", "<p>Openinghours</p>")).anyMatch(v -> v.startsWith("(a) visible text"));
  }

  @Test
  void hiddenTextIsContentToo() {
    List<String> v = violations("<p hidden>Secret</p>", "<p hidden>Secrets</p>");
    assertThat(v).noneMatch(x -> x.startsWith("(a) visible text")).anyMatch(x -> x.startsWith("(a) text content"));
  }

  @Test
  void textThatAnAttributeHidesIsCaught() {
    String before = "<style>[tabindex]{display:none}</style><p>Call us</p>";
    assertThat(violations(before, "<style>[tabindex]{display:none}</style><p tabindex=\"0\">Call us</p>"))
        .anyMatch(v -> v.startsWith("(a) visible text"));
  }

  @Test
  void linkTargetsAreCaught() {
    assertThat(violations("<a href=/a>A</a>", "<a href=/b>A</a>")).anyMatch(v -> v.startsWith("(b)"));
    assertThat(violations("<a href=/a>A</a>", "<a>A</a>")).anyMatch(v -> v.startsWith("(b)"));
  }

  @Test
  void formFieldsAreCaught() {
    assertThat(violations("<form action=/s><input name=q></form>", "<form action=/s><input name=query></form>"))
        .anyMatch(v -> v.startsWith("(c)"));
    assertThat(violations("<form action=/s><input name=q></form>", "<form action=/t><input name=q></form>"))
        .anyMatch(v -> v.startsWith("(c)"));
    assertThat(violations("<textarea name=t>Hi</textarea>", "<textarea name=t>Ho</textarea>")).anyMatch(v -> v.startsWith("(c)"));
    assertThat(violations("<input name=q>", "<input name=q type=hidden>")).anyMatch(v -> v.startsWith("(c)"));
  }

  @Test
  void scriptsAndStylesAreCaught() {
    assertThat(violations("<script>a()</script>", "<script>b()</script>")).anyMatch(v -> v.startsWith("(d)"));
    assertThat(violations("", "<style>p{display:none}</style>")).anyMatch(v -> v.startsWith("(d)"));
    assertThat(violations("", "<style>.curbcut-skip-link{left:0} p{display:none}</style>"))
        .anyMatch(v -> v.startsWith("(d) the added style styles more"));
  }

  @Test
  void elementsAndAttributesAreCaught() {
    assertThat(violations("<p>A<span>B</span></p>", "<p>A<b>B</b></p>")).anyMatch(v -> v.startsWith("(f) element sequence"));
    assertThat(violations("<p class=a>A</p>", "<p class=b>A</p>")).anyMatch(v -> v.startsWith("(f) attribute"));
    assertThat(violations("<p id=a>A</p>", "<p id=b>A</p>")).anyMatch(v -> v.startsWith("(f) an existing id"));
    // a later duplicate may get a fresh id; the first keeps its id, and the fresh id must be new
    assertThat(violations("<p id=a>A</p><p id=a>B</p>", "<p id=a>A</p><p id=a-2>B</p>")).noneMatch(v -> v.startsWith("(f) an existing id"));
    assertThat(violations("<p id=a>A</p><p id=a>B</p>", "<p id=a-2>A</p><p id=a>B</p>")).anyMatch(v -> v.startsWith("(f) an existing id"));
    assertThat(violations("<p id=a>A</p><p id=a>B</p><p id=c>C</p>", "<p id=a>A</p><p id=c>B</p><p id=c>C</p>"))
        .anyMatch(v -> v.startsWith("(f) an existing id"));
    assertThat(violations("<p>A</p>", "<p onclick=x()>A</p>")).anyMatch(v -> v.startsWith("(f) attribute"));
  }

  @Test
  void whatRepairsMayDoPasses() {
    String before = "<div class=c onclick=t()>Menu</div><div id=m>x</div><form><span>Name</span><input name=n pattern='\\d{3}'></form>";
    String after = "<div class=c onclick=t() role=\"button\" tabindex=\"0\" data-curbcut-activate=\"\" aria-expanded=\"false\">Menu</div>"
        + "<div id=m>x</div><form><span id=\"curbcut-label-n\">Name</span><input name=n pattern='\\d{3}' aria-labelledby=\"curbcut-label-n\">"
        + " <span class=\"curbcut-hint\" id=h>Format: 3 digits</span></form>";
    assertThat(except(violations(before, after), "g")).isEmpty();
  }

  @Test
  void theSkipLinkItsStyleAndAMissingTitleMayBeAdded() {
    Page original = parse("<!doctype html><html><head></head><body><div id=content>Hello</div></body></html>");
    String after = "<!doctype html><html><head>\n<title>Hello</title></head><body>"
        + "<style>.curbcut-skip-link{position:absolute;left:-10000px}.curbcut-skip-link:focus{position:static}</style>"
        + "<a class=\"curbcut-skip-link\" href=\"#content\">Skip to main content</a><div id=content role=\"main\">Hello</div></body></html>";
    RepairResult r = new RepairResult(original, after, List.of(), AUDITOR.audit(original), AUDITOR.audit(parse(after)), List.of());
    assertThat(except(RepairInvariants.check(r, RepairInvariantsTest::parse), "g")).isEmpty();
  }

  @Test
  void aSkipLinkToNowhereIsCaught() {
    assertThat(violations("<p>A</p>", "<a class=\"curbcut-skip-link\" href=\"#nowhere\">Skip</a><p>A</p>"))
        .anyMatch(v -> v.startsWith("(f) the added skip link points nowhere"));
  }

  @Test
  void newFailuresAreCaught() {
    assertThat(violations("<p>A</p>", "<p role=\"bogus\">A</p>")).anyMatch(v -> v.startsWith("(e) rule aria-roles fails"));
  }

  @Test
  void textChangedWithoutARepairIsCaught() {
    assertThat(violations("<p>A</p>", "<p lang=\"fr\">A</p>")).anyMatch(v -> v.startsWith("(g)"));
  }

  @Test
  void gitAppliesDiffsWhereTheLastLineGainsOrLosesItsNewline(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    String[][] pairs = {{"a\nb", "a\nb\nc"}, {"a\nb\n", "a\nb"}, {"<meta charset=utf-8>", "<meta charset=utf-8>\n<title>T</title>"},
        {"x\ny", "x\ny\n"}};
    for (int i = 0; i < pairs.length; i++) {
      java.nio.file.Path f = dir.resolve("f" + i + ".html");
      java.nio.file.Files.writeString(f, pairs[i][0]);
      java.nio.file.Files.writeString(dir.resolve("p" + i + ".diff"), UnifiedDiff.of("f" + i + ".html", pairs[i][0], pairs[i][1]));
      assertThat(GitApply.apply(dir, dir.resolve("p" + i + ".diff"))).isZero();
      assertThat(java.nio.file.Files.readString(f)).isEqualTo(pairs[i][1]);
    }
  }

  @Test
  void patchApplierRoundTripsAndRefusesAStalePatch() {
    String[][] pairs = {
        {"a\nb\nc\n", "a\nB\nc\n"}, {"a\nb", "a\nb\nc"}, {"a\nb\n", "a\nb"}, {"", "x\n"}, {"x\n", ""},
        {"<p>\r\nhi</p>", "<p lang=\"en\">\r\nhi</p>"}, {"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12!\n"}};
    for (String[] p : pairs) {
      assertThat(PatchApplier.apply(p[0], UnifiedDiff.of("f.html", p[0], p[1]))).isEqualTo(p[1]);
    }
    String diff = UnifiedDiff.of("f.html", "a\nb\nc\n", "a\nB\nc\n");
    assertThatThrownBy(() -> PatchApplier.apply("a\nx\nc\n", diff)).isInstanceOf(IllegalArgumentException.class);
  }
}
