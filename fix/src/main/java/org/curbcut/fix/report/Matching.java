package org.curbcut.fix.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.curbcut.audit.Finding;

/** Finds the repair outcome of a failed finding of the original audit (same rule, element and position). */
final class Matching {
  private final List<RepairItem> unused;

  Matching(PageRepair page) {
    this.unused = new ArrayList<>(page.repairs());
  }

  Optional<RepairItem> take(Finding f) {
    for (int i = 0; i < unused.size(); i++) {
      RepairItem r = unused.get(i);
      if (r.rule().equals(f.rule()) && r.selector().equals(f.selector()) && r.line() == f.line() && r.column() == f.column()) {
        return Optional.of(unused.remove(i));
      }
    }
    for (int i = 0; i < unused.size(); i++) { // same element and rule, position reported differently
      RepairItem r = unused.get(i);
      if (r.rule().equals(f.rule()) && r.selector().equals(f.selector())) return Optional.of(unused.remove(i));
    }
    return Optional.empty();
  }

  /** Items of one rule, in document order. */
  static List<RepairItem> ofRule(PageRepair page, String rule) {
    return page.repairs().stream().filter(i -> i.rule().equals(rule)).toList();
  }
}
