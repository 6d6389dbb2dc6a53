package org.curbcut.internal.rules.visual;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.UnreadStyleSheets;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/**
 * A rule's targets that it cannot decide only because a style sheet of their page was not read,
 * counted per page and reported as one cantTell on the first unread sheet's element. Hundreds of
 * findings that all say "a sheet was not read" hide the ones a person can act on, and their remedy
 * is one: audit the page with its sheets.
 */
final class UnreadSheetTargets {
  private final Map<Page, Integer> counts = new IdentityHashMap<>();
  private final List<Page> order = new ArrayList<>();

  /** The {@code unread-sheets} message of a rule: arguments the targets, the number of sheets and the first one. */
  static MessageKey<UnreadStyleSheets> messageKey() {
    return MessageKey.of("unread-sheets", UnreadStyleSheets.class,
        d -> new Object[] {d.targets(), d.sheets().size(), d.sheets().get(0)});
  }

  /** Whether the target's page has a sheet that was not read. */
  static boolean hasUnreadSheet(Element target) {
    return target.page() != null && !target.page().unreadStyleSheets().isEmpty();
  }

  /** Counts a target whose result depends on its page's unread sheets; false, and not counted, when it has none. */
  boolean add(Element target) {
    if (!hasUnreadSheet(target)) return false;
    if (counts.merge(target.page(), 1, Integer::sum) == 1) order.add(target.page());
    return true;
  }

  /** One cantTell per page with counted targets, in the order the pages were first met. */
  void report(Outcomes out, MessageKey<UnreadStyleSheets> key) {
    for (Page page : order) {
      List<Element> holders = page.unreadStyleSheets();
      List<String> sheets = holders.stream().map(UnreadSheetTargets::name).toList();
      out.cantTell(holders.get(0), key, new UnreadStyleSheets(sheets, counts.get(page)));
    }
  }

  private static String name(Element holder) {
    return holder.is("link") ? holder.attr("href").orElse("").strip() : "@import";
  }
}
