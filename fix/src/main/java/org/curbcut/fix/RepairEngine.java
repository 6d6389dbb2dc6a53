package org.curbcut.fix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.audit.PageReport;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/**
 * Audits a page, asks the fixers for repairs, applies them to the original text, audits the
 * result again, and keeps only repairs that the re-audit confirms and that introduce no new
 * failure. Every original failure ends as fixed, fixed-needs-review, or not repairable.
 */
public final class RepairEngine {
  private static final int MAX_ROUNDS = 4;

  private final Auditor auditor;
  private final Map<String, List<Fixer>> fixers = new HashMap<>();
  private final Confidence minimum;

  public RepairEngine(AuditOptions options, List<Fixer> fixers, Confidence minimum) {
    this(new Auditor(options), fixers, minimum);
  }

  /** With an auditor of one's own (tests use a small rule set). */
  public RepairEngine(Auditor auditor, List<Fixer> fixers, Confidence minimum) {
    this.auditor = auditor;
    for (Fixer f : fixers) this.fixers.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
    this.minimum = minimum;
  }

  /**
   * Repairs a page.
   *
   * @param page the page as parsed from its original text
   * @param reparse parses a repaired text the same way the page was parsed (same source, base URI
   *     and stylesheet loader)
   */
  public RepairResult repair(Page page, Function<String, Page> reparse) {
    PageReport before = auditor.audit(page);
    FixContext ctx = new FixContext(page);
    Map<RuleResult, FixAttempt> attempts = new LinkedHashMap<>();
    Set<String> seen = new java.util.HashSet<>();
    for (RuleResult r : before.results()) {
      if (r.outcome() != Outcome.FAILED) continue;
      if (!seen.add(r.rule().id() + "@" + System.identityHashCode(r.target()))) continue;
      attempts.put(r, attempt(r, ctx));
    }

    Map<RuleResult, String> rejected = new IdentityHashMap<>();
    List<RuleResult> accepted = selectCompatible(attempts, rejected);
    String text = page.text();
    PageReport after = before;
    Page repaired = page;
    TextPatch patch = TextPatch.of(List.of());
    for (int round = 0; round < MAX_ROUNDS; round++) {
      patch = TextPatch.of(edits(accepted, attempts));
      text = patch.apply(page.text());
      repaired = accepted.isEmpty() ? page : reparse.apply(text);
      after = accepted.isEmpty() ? before : auditor.audit(repaired);
      List<RuleResult> drop = unconfirmed(accepted, attempts, patch, repaired, after, before);
      if (drop.isEmpty()) break;
      for (RuleResult d : drop) {
        accepted.remove(d);
        rejected.put(d, FixContext.message("engine.unverified"));
      }
    }
    List<RuleResult> newFailures = newFailures(before, after, patch, repaired);
    return new RepairResult(page, text, outcomes(attempts, accepted, rejected), before, after, newFailures);
  }

  private FixAttempt attempt(RuleResult failure, FixContext ctx) {
    List<Fixer> candidates = fixers.getOrDefault(failure.rule().id(), List.of());
    if (candidates.isEmpty()) {
      return new NotRepairable(failure.rule().id(), failure.target(), FixContext.message("engine.no-fixer", failure.rule().help()));
    }
    FixAttempt last = null;
    for (Fixer f : candidates) {
      try {
        last = f.attempt(failure, ctx);
      } catch (RuntimeException bug) {
        last = new NotRepairable(failure.rule().id(), failure.target(), FixContext.message("engine.fixer-error", bug.getClass().getSimpleName()));
      }
      if (last instanceof Repair) return last;
    }
    return last;
  }

  /** Repairs allowed by the minimum confidence whose edits do not collide with an earlier one. */
  private List<RuleResult> selectCompatible(Map<RuleResult, FixAttempt> attempts, Map<RuleResult, String> rejected) {
    List<RuleResult> accepted = new ArrayList<>();
    List<Edit> taken = new ArrayList<>();
    for (Map.Entry<RuleResult, FixAttempt> e : attempts.entrySet()) {
      if (!(e.getValue() instanceof Repair r)) continue;
      if (!r.confidence().atLeast(minimum)) {
        rejected.put(e.getKey(), FixContext.message("engine.below-confidence", r.confidence().label(), r.change()));
        continue;
      }
      List<Edit> fresh = r.edits().stream().filter(x -> !taken.contains(x)).toList();
      if (TextPatch.conflicts(fresh, taken)) {
        rejected.put(e.getKey(), FixContext.message("engine.conflict"));
        continue;
      }
      taken.addAll(fresh);
      accepted.add(e.getKey());
    }
    return accepted;
  }

  private static List<Edit> edits(List<RuleResult> accepted, Map<RuleResult, FixAttempt> attempts) {
    List<Edit> out = new ArrayList<>();
    for (RuleResult r : accepted) {
      for (Edit e : ((Repair) attempts.get(r)).edits()) {
        if (!out.contains(e)) out.add(e);
      }
    }
    return out;
  }

  /** Repairs whose failure is still there, or that caused a new failure. */
  private List<RuleResult> unconfirmed(List<RuleResult> accepted, Map<RuleResult, FixAttempt> attempts, TextPatch patch,
                                       Page repaired, PageReport after, PageReport before) {
    List<RuleResult> drop = new ArrayList<>();
    for (RuleResult r : accepted) {
      Element now = find(repaired, patch, r.target());
      boolean stillFails = after.results().stream()
          .anyMatch(x -> x.outcome() == Outcome.FAILED && x.rule().id().equals(r.rule().id()) && x.target() == now);
      if (now == null || stillFails) drop.add(r);
    }
    for (RuleResult fresh : newFailures(before, after, patch, repaired)) {
      for (RuleResult r : accepted) {
        Element now = find(repaired, patch, r.target());
        if (now != null && (fresh.target() == now || insideRepair(fresh.target(), (Repair) attempts.get(r), patch))) {
          if (!drop.contains(r)) drop.add(r);
        }
      }
    }
    return drop;
  }

  /** True when the element's start tag lies in text a repair inserted. */
  private static boolean insideRepair(Element e, Repair repair, TextPatch patch) {
    int at = e.startTag().start().offset();
    for (Edit ed : repair.edits()) {
      int s = patch.map(ed.start());
      if (ed.start() == ed.end()) s -= ed.replacement().length();
      if (at >= s && at < s + ed.replacement().length()) return true;
    }
    return false;
  }

  /** Failed results of the re-audit with no failed result of the same rule on the same element before. */
  static List<RuleResult> newFailures(PageReport before, PageReport after, TextPatch patch, Page repaired) {
    Set<String> old = new java.util.HashSet<>();
    for (RuleResult r : before.results()) {
      if (r.outcome() != Outcome.FAILED) continue;
      old.add(r.rule().id() + "@" + patch.map(r.target().startTag().start().offset()));
    }
    List<RuleResult> out = new ArrayList<>();
    if (after == before) return out;
    for (RuleResult r : after.results()) {
      if (r.outcome() != Outcome.FAILED) continue;
      if (!old.contains(r.rule().id() + "@" + r.target().startTag().start().offset())) out.add(r);
    }
    return out;
  }

  /** The element of the repaired page that an original element became. */
  static Element find(Page repaired, TextPatch patch, Element original) {
    int offset = original.startTag().start().offset();
    if (offset < 0) {
      return original == original.page().root() ? repaired.root() : null;
    }
    int mapped = patch.map(offset);
    for (Element e : repaired.elements()) {
      if (e.startTag().start().offset() == mapped && e.name().equals(original.name())) return e;
    }
    return null;
  }

  private List<RepairOutcome> outcomes(Map<RuleResult, FixAttempt> attempts, List<RuleResult> accepted,
                                       Map<RuleResult, String> rejected) {
    List<RepairOutcome> out = new ArrayList<>();
    for (Map.Entry<RuleResult, FixAttempt> e : attempts.entrySet()) {
      RuleResult failure = e.getKey();
      if (accepted.contains(failure)) {
        Repair r = (Repair) e.getValue();
        RepairStatus s = r.confidence() == Confidence.NEEDS_REVIEW ? RepairStatus.FIXED_NEEDS_REVIEW : RepairStatus.FIXED_VERIFIED;
        out.add(new RepairOutcome(failure, s, r, null));
      } else if (e.getValue() instanceof NotRepairable n) {
        out.add(new RepairOutcome(failure, RepairStatus.NOT_REPAIRABLE, null, n.reason()));
      } else {
        out.add(new RepairOutcome(failure, RepairStatus.NOT_REPAIRABLE, null, rejected.get(failure)));
      }
    }
    return out;
  }
}
