package org.curbcut.fix.fixers;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.curbcut.snapshot.Page;

/**
 * Ids that repairs add. Fixers run one failure at a time against the original page, so an id that
 * is free in the page may already have been handed to another repair of the same page: every id
 * handed out is remembered per page (weakly, so pages are not kept alive), and the next repair
 * gets {@code base-2}, {@code base-3}, ...
 */
final class FreshIds {
  private static final Map<Page, Set<String>> HANDED_OUT = new WeakHashMap<>();

  private FreshIds() {}

  /** An id not used in the page's text and not handed out before for this page. */
  static synchronized String take(Page page, String base) {
    Set<String> taken = HANDED_OUT.computeIfAbsent(page, p -> new HashSet<>());
    String id = base;
    for (int n = 2; taken.contains(id) || page.byId(id).isPresent() || page.text().contains(id); n++) id = base + "-" + n;
    taken.add(id);
    return id;
  }
}
