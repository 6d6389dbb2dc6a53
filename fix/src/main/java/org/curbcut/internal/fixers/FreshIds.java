package org.curbcut.internal.fixers;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.curbcut.fix.FixContext;
import org.curbcut.snapshot.Page;

/**
 * Ids that repairs add. Fixers run one failure at a time against the original page, so an id that
 * is free in the page may already have been handed to another repair of the same page: every id
 * handed out is remembered for the repair run, and the next repair gets {@code base-2},
 * {@code base-3}, ... An id is free when the page's text does not contain it anywhere.
 */
final class FreshIds {
  private static final FixContext.Key<Run> RUN = FixContext.Key.of("fresh-ids");

  private FreshIds() {}

  /** An id not used in the page's text and not handed out before in this repair run. */
  static String take(FixContext ctx, String base) {
    Run run = ctx.state(RUN, Run::new);
    Series series = run.series.computeIfAbsent(base, b -> new Series(ctx.page(), b));
    String id;
    do {
      id = series.next();
    } while (!run.handedOut.add(id)); // another base's series may have handed it out
    return id;
  }

  /** One repair run's series and every id handed out in it. */
  private static final class Run {
    final Map<String, Series> series = new HashMap<>();
    final Set<String> handedOut = new HashSet<>();
  }

  /**
   * The ids {@code base}, {@code base-2}, {@code base-3}, ... of one base, with the page's text read
   * once: the text contains {@code base-N} exactly when some {@code base} in it is followed by
   * {@code -} and digits that start with N's digits. Handing out k ids then costs the text once plus
   * k look-ups, where testing each candidate against the whole text cost k² scans of it.
   */
  private static final class Series {
    private final Page page;
    private final String base;
    private final boolean baseInText;
    /** Every prefix of the digits after an occurrence of {@code base-} in the text. */
    private final Set<String> takenDigits = new HashSet<>();
    private int n = 1;

    Series(Page page, String base) {
      this.page = page;
      this.base = base;
      String text = page.text();
      this.baseInText = text.contains(base);
      for (int at = text.indexOf(base); at >= 0; at = text.indexOf(base, at + 1)) {
        int i = at + base.length();
        if (i >= text.length() || text.charAt(i) != '-') continue;
        int end = i + 1;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
          end++;
          takenDigits.add(text.substring(i + 1, end));
        }
      }
    }

    String next() {
      if (n == 1) {
        n = 2;
        if (!baseInText && page.byId(base).isEmpty()) return base;
      }
      while (takenDigits.contains(Integer.toString(n)) || page.byId(base + "-" + n).isPresent()) n++;
      return base + "-" + n++;
    }
  }
}
