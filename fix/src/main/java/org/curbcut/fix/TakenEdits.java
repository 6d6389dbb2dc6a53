package org.curbcut.fix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The edits of the repairs accepted so far, which do not overlap one another, indexed by where
 * they start: whether a new repair's edit collides with one of them is found among its neighbours,
 * not by comparing it with every edit taken (which made selecting the repairs of a page with
 * thousands of them quadratic). Collisions are as {@link TextPatch#conflicts} defines them.
 */
final class TakenEdits {
  private final TreeMap<Integer, List<Edit>> byStart = new TreeMap<>();
  private final Set<Edit> all = new HashSet<>();

  boolean contains(Edit e) {
    return all.contains(e);
  }

  void addAll(List<Edit> edits) {
    for (Edit e : edits) {
      if (all.add(e)) byStart.computeIfAbsent(e.start(), k -> new ArrayList<>()).add(e);
    }
  }

  /** True when one of the edits collides with an edit taken. */
  boolean conflictsWith(List<Edit> edits) {
    for (Edit x : edits) {
      if (conflictsWith(x)) return true;
    }
    return false;
  }

  private boolean conflictsWith(Edit x) {
    // an edit taken that starts before x can reach it only by covering x's start; as the taken
    // edits do not overlap, only those that start last before it can
    Map.Entry<Integer, List<Edit>> before = byStart.lowerEntry(x.start());
    if (before != null && TextPatch.conflicts(List.of(x), before.getValue())) return true;
    for (List<Edit> at : byStart.subMap(x.start(), true, x.end(), true).values()) {
      if (TextPatch.conflicts(List.of(x), at)) return true;
    }
    return false;
  }
}
