package org.curbcut.internal.aria.accname;

import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.internal.aria.Aria;
import org.curbcut.snapshot.Element;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;

/** One-line fixtures: the element with id {@code t} in an HTML string, named. */
final class Names {
  private Names() {}

  static AccessibleName name(String html) {
    Page page = HtmlSnapshot.parse(html, "fixture.html");
    Element t = page.byId("t").orElseThrow(() -> new AssertionError("fixture has no #t: " + html));
    return Aria.of(page).name(t);
  }

  static AccessibleName description(String html) {
    Page page = HtmlSnapshot.parse(html, "fixture.html");
    Element t = page.byId("t").orElseThrow(() -> new AssertionError("fixture has no #t: " + html));
    return Aria.of(page).description(t);
  }
}
