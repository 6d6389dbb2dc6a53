package org.curbcut.internal.fixers;

import java.util.HashSet;
import java.util.Set;
import org.curbcut.fix.FixContext;
import org.curbcut.snapshot.Page;

/**
 * Ids that repairs add. Fixers run one failure at a time against the original page, so an id that
 * is free in the page may already have been handed to another repair of the same page: every id
 * handed out is remembered for the repair run, and the next repair gets {@code base-2},
 * {@code base-3}, ...
 */
final class FreshIds {
  private static final FixContext.Key<Set<String>> HANDED_OUT = FixContext.Key.of("fresh-ids");

  private FreshIds() {}

  /** An id not used in the page's text and not handed out before in this repair run. */
  static String take(FixContext ctx, String base) {
    Set<String> taken = ctx.state(HANDED_OUT, HashSet::new);
    Page page = ctx.page();
    String id = base;
    for (int n = 2; taken.contains(id) || page.byId(id).isPresent() || page.text().contains(id); n++) id = base + "-" + n;
    taken.add(id);
    return id;
  }
}
