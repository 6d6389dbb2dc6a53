package org.curbcut.internal.fixers;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.fix.FixContext;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.junit.jupiter.api.Test;

class FreshIdsTest {
  private static FixContext context(String html) {
    return new FixContext(HtmlSnapshot.parse(html, "t.html"));
  }

  @Test
  void anIdIsFreeOnlyWhenTheTextNowhereContainsIt() {
    // "x-23" contains "x-2"; "x-3" is free; "x-4" is an id; "x-5" appears in a word
    FixContext ctx = context("<p id=x>a</p><p>x-23</p><p id=x-4>b</p><p>ax-5b</p>");
    assertThat(FreshIds.take(ctx, "x")).isEqualTo("x-3");
    assertThat(FreshIds.take(ctx, "x")).isEqualTo("x-6");
    assertThat(FreshIds.take(ctx, "x")).isEqualTo("x-7");
  }

  @Test
  void theBaseItselfWhenFreeAndNeverAnIdHandedOutForAnotherBase() {
    FixContext ctx = context("<p>text</p>");
    assertThat(FreshIds.take(ctx, "main-content")).isEqualTo("main-content");
    assertThat(FreshIds.take(ctx, "f-2")).isEqualTo("f-2");
    assertThat(FreshIds.take(ctx, "f")).isEqualTo("f");
    assertThat(FreshIds.take(ctx, "f")).isEqualTo("f-3");
    assertThat(FreshIds.take(ctx, "main-content")).isEqualTo("main-content-2");
  }

  @Test
  void eachRepairRunStartsAfresh() {
    String html = "<p>text</p>";
    assertThat(FreshIds.take(context(html), "a")).isEqualTo("a");
    assertThat(FreshIds.take(context(html), "a")).isEqualTo("a");
  }
}
