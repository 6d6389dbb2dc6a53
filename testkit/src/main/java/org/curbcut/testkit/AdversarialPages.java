package org.curbcut.testkit;

import java.util.function.IntFunction;

/**
 * Pages shaped to find quadratic walks and unbounded memory: deep nesting, many siblings, one id
 * shared by many elements, many label and field pairs. Each shape takes a count, so a benchmark can
 * double it and watch the cost grow, and a test can check that the full size finishes.
 */
public enum AdversarialPages {
  /** {@code n} nested {@code <div>}s (100,000 is about 1.3 MB). */
  NESTED_DIVS(100_000, n -> page("<div>".repeat(n) + "deep" + "</div>".repeat(n))),
  /** {@code n} nested tables, one cell each (5,000 is about 75 KB). */
  NESTED_TABLES(5_000, n -> page("<table><tr><td>".repeat(n) + "cell" + "</td></tr></table>".repeat(n))),
  /** {@code n} links in one paragraph of text (50,000 is about 1.5 MB). */
  LINKS(50_000, n -> page(repeat(n, i -> "<a href=\"/p" + i + "\">page " + i + "</a> and ", "<p>", "</p>"))),
  /** {@code n} sibling images, half without a text alternative (50,000 is about 1.3 MB). */
  IMAGES(50_000, n -> page(repeat(n, i -> i % 2 == 0 ? "<img src=\"i" + i + ".png\">" : "<img src=\"i" + i
      + ".png\" alt=\"picture " + i + "\">", "<div>", "</div>"))),
  /** {@code n} elements that share one id, each also pointed at by a label (50,000 is about 1.5 MB). */
  SHARED_ID(50_000, n -> page(repeat(n, i -> "<span id=\"same\" aria-labelledby=\"same\">item " + i + "</span>\n",
      "<div>", "</div>"))),
  /** {@code n} label and field pairs in one form (20,000 is about 1 MB). */
  LABELS(20_000, n -> page(repeat(n, i -> "<label for=\"f" + i + "\">Field " + i + "</label><input id=\"f" + i
      + "\" name=\"f" + i + "\">\n", "<form action=\"/s\">", "</form>")));

  private final int fullSize;
  private final IntFunction<String> build;

  AdversarialPages(int fullSize, IntFunction<String> build) {
    this.fullSize = fullSize;
    this.build = build;
  }

  /** The count the figures were measured at. */
  public int fullSize() {
    return fullSize;
  }

  /** The page with {@code n} repetitions of the shape. */
  public String html(int n) {
    if (n < 1) throw new IllegalArgumentException("n must be at least 1: " + n);
    return build.apply(n);
  }

  /** The page at full size. */
  public String html() {
    return html(fullSize);
  }

  /** A kebab-case name for reports: {@code nested-divs}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static String page(String body) {
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Shape</title></head>\n<body>\n<main>\n"
        + body + "\n</main>\n</body></html>\n";
  }

  private static String repeat(int n, IntFunction<String> item, String open, String close) {
    StringBuilder b = new StringBuilder(n * 40 + open.length() + close.length());
    b.append(open);
    for (int i = 0; i < n; i++) b.append(item.apply(i));
    return b.append(close).toString();
  }
}
