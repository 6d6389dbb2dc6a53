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
import org.curbcut.audit.RuleInputs;
import org.curbcut.rules.Deadline;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/**
 * Audits a page, asks the fixers for repairs, applies them to the original text, audits the
 * result again, and keeps only repairs that the re-audit confirms and that introduce no new
 * failure. Every original failure ends as fixed, fixed-needs-review, or not repairable.
 *
 * <p>A repair can be given a {@link Deadline}: it is checked between fixers and between rounds of
 * verification, and the audits the repair runs honour it. Past it the repair throws
 * {@link Deadline.Exceeded} and repairs nothing: a repair verified by a partial audit is no
 * repair, so the caller serves the original page.
 *
 * <p>Immutable once built and safe to share between threads: what one repair computes lives in
 * that repair's own {@link FixContext}.
 */
public final class RepairEngine {
  private static final int MAX_ROUNDS = 8;

  private final Auditor auditor;
  private final Map<String, List<Fixer>> fixers;
  private final Confidence minimum;
  /**
   * False: every trial re-audits the repaired page with every rule, and the culprit search audits
   * each set it tries in full (the differential test compares).
   */
  private final boolean scopedReaudit;

  /** An engine that audits as {@code options} say and applies repairs of {@code fixers} at least {@code minimum} sure. */
  public RepairEngine(AuditOptions options, List<Fixer> fixers, Confidence minimum) {
    this(new Auditor(options), fixers, minimum);
  }

  /** With an auditor of one's own (tests use a small rule set). */
  public RepairEngine(Auditor auditor, List<Fixer> fixers, Confidence minimum) {
    this.auditor = auditor;
    this.fixers = new HashMap<>();
    for (Fixer f : fixers) this.fixers.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
    this.minimum = minimum;
    this.scopedReaudit = true;
  }

  private RepairEngine(RepairEngine other, boolean scopedReaudit) {
    this.auditor = other.auditor;
    this.fixers = other.fixers;
    this.minimum = other.minimum;
    this.scopedReaudit = scopedReaudit;
  }

  /**
   * The same engine re-auditing each trial with every rule, not only with those its edits can
   * affect: what the scoped re-audit must give, for the test that compares the two.
   */
  RepairEngine withFullReaudit() {
    return new RepairEngine(this, false);
  }

  /**
   * Repairs a page.
   *
   * @param page the page as parsed from its original text
   * @param reparse parses a repaired text the same way the page was parsed (same source, base URI
   *     and stylesheet loader)
   */
  public RepairResult repair(Page page, Function<String, Page> reparse) {
    return repair(page, reparse, null);
  }

  /**
   * Repairs a page of one site: one engine serves many sites, each request saying where its
   * images may be read from.
   *
   * @param page the page as parsed from its original text
   * @param reparse parses a repaired text the same way the page was parsed
   * @param images where the page's images may be read from; null: where the alt-text pipeline's
   *     own fetcher allows
   */
  public RepairResult repair(Page page, Function<String, Page> reparse, ImageAccess images) {
    return repair(page, reparse, images, Deadline.NONE);
  }

  /**
   * Repairs a page of one site until {@code deadline}.
   *
   * @param page the page as parsed from its original text
   * @param reparse parses a repaired text the same way the page was parsed
   * @param images where the page's images may be read from; null: where the alt-text pipeline's
   *     own fetcher allows
   * @param deadline when the repair must stop
   * @throws Deadline.Exceeded when the deadline passes (or is cancelled) before the repair is
   *     verified; nothing is repaired then
   */
  public RepairResult repair(Page page, Function<String, Page> reparse, ImageAccess images, Deadline deadline) {
    RuleContext audit = new RuleContext(page, deadline);
    PageReport before = complete(auditor.audit(audit));
    FixContext ctx = new FixContext(audit, before.results(), images);
    Map<RuleResult, FixAttempt> attempts = new LinkedHashMap<>();
    Set<String> seen = new java.util.HashSet<>();
    for (RuleResult r : before.results()) {
      if (r.outcome() != Outcome.FAILED) continue;
      if (!seen.add(r.rule().id() + "@" + System.identityHashCode(r.target()))) continue;
      deadline.check();
      attempts.put(r, attempt(r, ctx));
    }

    Map<RuleResult, String> rejected = new IdentityHashMap<>();
    List<RuleResult> accepted = selectCompatible(attempts, rejected);
    Run run = new Run(page, before, attempts, reparse, deadline);
    Trial t = run.trial(accepted);
    for (int round = 1; ; round++) {
      deadline.check();
      List<RuleResult> drop = run.unconfirmed(accepted, t);
      if (drop.isEmpty()) break;
      // each round drops at least one repair, so this ends; past the cap the search costs more
      // than it saves, and the original is served
      if (round >= MAX_ROUNDS) drop = new ArrayList<>(accepted);
      for (RuleResult d : drop) {
        accepted.remove(d);
        rejected.put(d, FixContext.message("engine.unverified"));
      }
      t = run.trial(accepted);
    }
    List<RuleResult> newFailures = newFailures(page, before, t.after(), t.patch(), t.repaired());
    return new RepairResult(page, t.text(), outcomes(page, before, attempts, accepted, rejected, t), before, t.after(), newFailures);
  }

  /** The audit, when every rule ran; else the stop it ran into, thrown again. */
  private static PageReport complete(PageReport audit) {
    if (audit.stopped()) {
      throw new Deadline.Exceeded(audit.incomplete().reason() == org.curbcut.audit.Incomplete.Reason.CANCELLED);
    }
    return audit;
  }

  private FixAttempt attempt(RuleResult failure, FixContext ctx) {
    if (failure.target().page() != ctx.page()) {
      // an element of an <iframe srcdoc> document: its positions are in the srcdoc value, not in this text
      return new NotRepairable(failure.rule().id(), failure.target(), FixContext.message("engine.in-frame"));
    }
    List<Fixer> candidates = fixers.getOrDefault(failure.rule().id(), List.of());
    if (candidates.isEmpty()) {
      return new NotRepairable(failure.rule().id(), failure.target(), FixContext.message("engine.no-fixer", failure.rule().help()));
    }
    FixAttempt last = null;
    for (Fixer f : candidates) {
      try {
        last = f.attempt(failure, ctx);
      } catch (Deadline.Exceeded stop) {
        throw stop; // not the fixer's bug: the repair's time is up
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
    TakenEdits taken = new TakenEdits();
    for (Map.Entry<RuleResult, FixAttempt> e : attempts.entrySet()) {
      if (!(e.getValue() instanceof Repair r)) continue;
      if (!r.confidence().atLeast(minimum)) {
        rejected.put(e.getKey(), FixContext.message("engine.below-confidence", r.confidence().label(), r.change()));
        continue;
      }
      List<Edit> fresh = r.edits().stream().filter(x -> !taken.contains(x)).toList();
      if (taken.conflictsWith(fresh)) {
        rejected.put(e.getKey(), FixContext.message("engine.conflict"));
        continue;
      }
      taken.addAll(fresh);
      accepted.add(e.getKey());
    }
    return accepted;
  }

  private static List<Edit> edits(List<RuleResult> accepted, Map<RuleResult, FixAttempt> attempts) {
    Set<Edit> out = new java.util.LinkedHashSet<>();
    for (RuleResult r : accepted) out.addAll(((Repair) attempts.get(r)).edits());
    return new ArrayList<>(out);
  }

  /** The accepted repairs applied to the original text, the result parsed and audited. */
  private record Trial(TextPatch patch, String text, Page repaired, PageReport after, Map<Integer, List<Element>> startTags) {
    Trial(TextPatch patch, String text, Page repaired, PageReport after) {
      this(patch, text, repaired, after, byStartTag(repaired));
    }
  }

  /** One page's repair: what the re-audits compare against. */
  private final class Run {
    private final Page page;
    private final PageReport before;
    private final Map<RuleResult, FixAttempt> attempts;
    private final Function<String, Page> reparse;
    private final Deadline deadline;
    /** The original audit's results per rule, in the order the rule gave them; built on first use. */
    private Map<String, List<RuleResult>> beforeByRule;
    /** The attributes the original page's style may read ({@link RuleInputs#styleAttributes}); on first use. */
    private Set<String> styleAttributes;
    /** What {@link #harms} answered, per set of repairs (lists equal when they hold the same results, as RuleResult has no equals). */
    private final Map<List<RuleResult>, Boolean> harmsKnown = new HashMap<>();
    /** The last set {@link #harms} found harmless, with every rule's results: the trial that may be asked next. */
    private Audited lastHarmless;
    /** Rules whose unexplained failures were seen, the latest first: {@link #harms} runs them first. */
    private final List<String> suspects = new ArrayList<>();

    Run(Page page, PageReport before, Map<RuleResult, FixAttempt> attempts, Function<String, Page> reparse,
        Deadline deadline) {
      this.page = page;
      this.before = before;
      this.attempts = attempts;
      this.reparse = reparse;
      this.deadline = deadline;
    }

    /**
     * The results of the original audit that the re-audit of {@code repaired} can keep, per rule:
     * when the repaired page differs from the original in attribute values only, a rule that
     * {@link RuleInputs} says reads none of the changed attributes finds on it what it found on
     * the original, about the same elements. A rule one of whose results is about an element the
     * repaired page does not have runs again.
     */
    private Map<String, List<RuleResult>> carried(Page repaired) {
      if (!scopedReaudit || !auditor.options().ignore().isEmpty()) return Map.of();
      AttributeChanges changes = AttributeChanges.between(page, repaired);
      if (changes == null) return Map.of();
      if (beforeByRule == null) {
        beforeByRule = new HashMap<>();
        for (RuleResult r : before.results()) beforeByRule.computeIfAbsent(r.rule().id(), k -> new ArrayList<>()).add(r);
        styleAttributes = RuleInputs.styleAttributes(page);
      }
      Map<String, List<RuleResult>> out = new HashMap<>();
      for (Rule rule : auditor.rules()) {
        String id = rule.meta().id();
        if (!RuleInputs.unaffected(id, changes.names(), styleAttributes)) continue;
        List<RuleResult> moved = new ArrayList<>();
        for (RuleResult r : beforeByRule.getOrDefault(id, List.of())) {
          RuleResult m = r.movedTo(changes::map);
          if (m == null) break;
          moved.add(m);
        }
        if (moved.size() == beforeByRule.getOrDefault(id, List.of()).size()) out.put(id, moved);
      }
      return out;
    }

    Trial trial(List<RuleResult> accepted) {
      if (accepted.isEmpty()) return new Trial(TextPatch.of(List.of()), page.text(), page, before);
      deadline.check();
      List<Edit> edits = edits(accepted, attempts);
      Audited known = lastHarmless;
      lastHarmless = null; // asked for once at most: the round after the search that audited it
      if (known != null && known.edits().equals(edits)) {
        // the same edits give the same text, page and results: every rule ran on it in harms(), and
        // given all their results the audit runs none and lists them in the catalogue's order
        return new Trial(known.trial().patch(), known.trial().text(), known.trial().repaired(),
            complete(auditor.audit(known.ctx(), known.results())), known.trial().startTags());
      }
      TextPatch patch = TextPatch.of(edits);
      String text = patch.apply(page.text());
      Page repaired = reparse.apply(text);
      deadline.check(); // parsing cannot be stopped half way; what follows can
      Map<String, List<RuleResult>> carried = carried(repaired);
      return new Trial(patch, text, repaired, complete(auditor.audit(new RuleContext(repaired, deadline), carried)));
    }

    /**
     * Repairs whose failure is still there, or that caused a new failure. A new failure is laid at
     * the door of the repairs that edited the failing element or inserted it; one that no repair
     * touched (a rule about how the page fits together) is traced by re-auditing without each
     * rule's repairs.
     */
    List<RuleResult> unconfirmed(List<RuleResult> accepted, Trial t) {
      Set<RuleResult> drop = new java.util.LinkedHashSet<>();
      Map<Element, Set<String>> failing = new IdentityHashMap<>();
      for (RuleResult x : t.after().results()) {
        if (x.outcome() == Outcome.FAILED) failing.computeIfAbsent(x.target(), k -> new java.util.HashSet<>()).add(x.rule().id());
      }
      Touched touched = new Touched(t.patch());
      for (RuleResult r : accepted) {
        Element now = find(t, r.target());
        if (now == null || failing.getOrDefault(now, Set.of()).contains(r.rule().id())) drop.add(r);
        touched.add(r, now, (Repair) attempts.get(r));
      }
      boolean unexplained = false;
      for (RuleResult fresh : newFailures(page, before, t.after(), t.patch(), t.repaired())) {
        List<RuleResult> blamed = touched.by(fresh.target());
        drop.addAll(blamed);
        unexplained |= blamed.isEmpty();
      }
      if (!drop.isEmpty()) return new ArrayList<>(drop);
      // failures that a rule could not decide before and now can (a page given landmarks now shows
      // it has no skip link) are barriers it already had: the page's failures grow only by new ones
      return unexplained ? culprits(accepted, t) : List.of();
    }

    /** The rules of the new failures of a trial that none of its repairs touched. */
    private Set<String> unexplained(List<RuleResult> set, Trial t) {
      Touched touched = new Touched(t.patch());
      for (RuleResult r : set) touched.add(r, find(t, r.target()), (Repair) attempts.get(r));
      Set<String> rules = new java.util.LinkedHashSet<>();
      for (RuleResult fresh : newFailures(page, before, t.after(), t.patch(), t.repaired())) {
        if (touched.by(fresh.target()).isEmpty()) rules.add(fresh.rule().id());
      }
      return rules;
    }

    /**
     * The repairs to blame for new failures no repair touched (a rule about how the page fits
     * together), measured by {@link #harms}: found one at a time, each as
     * the repair whose addition to the ones before it (in the order of the failures) first does
     * harm, by bisection; removed, and the rest tried again until no harm remains. The unrelated
     * repairs stay: several repairs that make one edit together (two rules asking for the same
     * landmark) are all found, where removing each rule's repairs alone would show nothing.
     */
    private List<RuleResult> culprits(List<RuleResult> accepted, Trial t) {
      List<RuleResult> kept = new ArrayList<>(accepted);
      List<RuleResult> out = new ArrayList<>();
      Set<String> seen = unexplained(kept, t);
      suspects.addAll(seen);
      boolean harm = !seen.isEmpty();
      while (harm && !kept.isEmpty()) {
        deadline.check();
        RuleResult culprit = firstHarmful(kept);
        out.add(culprit);
        kept.remove(culprit);
        harm = harms(kept);
      }
      return out;
    }

    /** The repair of {@code set} whose addition to those before it first does harm (none do without it). */
    private RuleResult firstHarmful(List<RuleResult> set) {
      int harmless = 0; // the empty prefix is the original page: no harm
      int harmful = set.size();
      while (harmful - harmless > 1) {
        int mid = (harmless + harmful) >>> 1;
        if (harms(set.subList(0, mid))) harmful = mid;
        else harmless = mid;
      }
      return set.get(harmful - 1);
    }

    /**
     * Whether the repairs of {@code set}, applied alone, cause a new failure that none of them
     * touched: what {@code unexplained(set, trial(set))} being non-empty says, found for less. The
     * search asks some sets twice, so answers are kept. It needs a yes or no, not a report: the
     * rules run one at a time (a rule's results do not depend on which ran before it; what they
     * compute is shared in one context as in one audit), those last seen doing such harm first, and
     * the first unexplained failure ends the audit. A set found harmless had every rule run on it;
     * its results are kept for {@link #trial}, as the round after the search re-audits that set.
     */
    private boolean harms(List<RuleResult> set) {
      List<RuleResult> key = List.copyOf(set);
      Boolean known = harmsKnown.get(key);
      if (known == null) {
        // the full re-audit (and an audit that leaves elements out, whose every call would select
        // them again) asks a whole trial: the differential test compares the two ways
        known = scopedReaudit && auditor.options().ignore().isEmpty() ? harmsRuleByRule(key)
            : !unexplained(key, trial(key)).isEmpty();
        harmsKnown.put(key, known);
      }
      return known;
    }

    private boolean harmsRuleByRule(List<RuleResult> set) {
      if (set.isEmpty()) return false; // the original page: nothing on it is new
      deadline.check();
      List<Edit> edits = edits(set, attempts);
      TextPatch patch = TextPatch.of(edits);
      String text = patch.apply(page.text());
      Page repaired = reparse.apply(text);
      deadline.check(); // parsing cannot be stopped half way; what follows can
      Trial t = new Trial(patch, text, repaired, null);
      Touched touched = new Touched(patch);
      for (RuleResult r : set) touched.add(r, find(t, r.target()), (Repair) attempts.get(r));
      Baseline baseline = new Baseline(page, before, patch, repaired);
      RuleContext ctx = new RuleContext(repaired, deadline);
      Map<String, List<RuleResult>> results = new HashMap<>();
      boolean carriedIn = false;
      // the audit runs the rules that it is not given results for: all but one are given none
      Map<String, List<RuleResult>> allButOne = new HashMap<>();
      for (Rule rule : auditor.rules()) allButOne.put(rule.meta().id(), List.of());
      for (Rule rule : suspectsFirst()) {
        String id = rule.meta().id();
        if (!carriedIn && RuleInputs.isListed(id)) {
          // only a rule RuleInputs lists is ever carried over, so comparing the pages waits for the
          // first of them: the suspects are seldom listed, and often answer before it
          carriedIn = true;
          results.putAll(carried(repaired)); // listed rules only: none of those that ran so far
        }
        List<RuleResult> found = results.get(id);
        if (found == null) {
          allButOne.remove(id);
          found = complete(auditor.audit(ctx, allButOne)).results();
          allButOne.put(id, List.of());
          results.put(id, found);
        }
        for (RuleResult fresh : baseline.newAmong(found)) {
          if (touched.by(fresh.target()).isEmpty()) {
            suspects.remove(id);
            suspects.add(0, id);
            return true;
          }
        }
      }
      lastHarmless = new Audited(edits, t, ctx, results);
      return false;
    }

    /** The auditor's rules, the {@link #suspects} first (the latest first), then the others in the catalogue's order. */
    private List<Rule> suspectsFirst() {
      Map<String, Rule> byId = new LinkedHashMap<>();
      for (Rule rule : auditor.rules()) byId.put(rule.meta().id(), rule);
      List<Rule> out = new ArrayList<>(byId.size());
      for (String id : suspects) {
        Rule rule = byId.remove(id);
        if (rule != null) out.add(rule);
      }
      out.addAll(byId.values());
      return out;
    }
  }

  /**
   * A trial page every rule ran on, one at a time: its text, page and positions ({@code trial}
   * has no report), the context the rules computed in, and each rule's results.
   */
  private record Audited(List<Edit> edits, Trial trial, RuleContext ctx, Map<String, List<RuleResult>> results) {}

  /**
   * Which accepted repairs touched an element of the repaired page: the repair's own element is
   * it, one of its edits lies in the element's start tag, or an edit inserted the element. Indexed
   * by the repaired text's positions, so each new failure is traced to its repairs in time
   * proportional to them, not to every repair.
   */
  private static final class Touched {
    private final TextPatch patch;
    private final Map<Element, List<RuleResult>> byElement = new IdentityHashMap<>();
    /** Where each edit's replacement starts in the repaired text → the edit's length there and its repairs. */
    private final java.util.TreeMap<Integer, List<Placed>> byStart = new java.util.TreeMap<>();

    private record Placed(int length, RuleResult repair) {}

    Touched(TextPatch patch) {
      this.patch = patch;
    }

    void add(RuleResult r, Element now, Repair repair) {
      if (now != null) byElement.computeIfAbsent(now, k -> new ArrayList<>()).add(r);
      for (Edit ed : repair.edits()) {
        int s = patch.map(ed.start());
        if (ed.start() == ed.end()) s -= ed.replacement().length();
        byStart.computeIfAbsent(s, k -> new ArrayList<>()).add(new Placed(ed.replacement().length(), r));
      }
    }

    /** The repairs that touched the element, each once. */
    List<RuleResult> by(Element e) {
      Set<RuleResult> out = new java.util.LinkedHashSet<>(byElement.getOrDefault(e, List.of()));
      if (e.startTag().isKnown()) {
        int at = e.startTag().start().offset();
        int end = e.startTag().end().offset();
        // an edit inside the start tag
        for (List<Placed> ps : byStart.subMap(at, true, end, false).values()) ps.forEach(p -> out.add(p.repair()));
        // an edit whose replacement holds the tag's start; replacements do not overlap, so only
        // the last ones that start before it can (passing over empty ones, deletions)
        for (Map.Entry<Integer, List<Placed>> en : byStart.headMap(at, true).descendingMap().entrySet()) {
          boolean empty = true;
          for (Placed p : en.getValue()) {
            if (at < en.getKey() + p.length()) out.add(p.repair());
            if (p.length() > 0) empty = false;
          }
          if (!empty) break;
        }
      }
      return new ArrayList<>(out);
    }
  }

  /**
   * Failed results of the re-audit with no failed or cantTell result of the same rule on the same
   * element before (a rule that could not decide before and now can — a page that gained a banner
   * now shows which blocks repeat — reveals a barrier the page already had; it does not add one).
   * One more exception: a rule that failed before on the page as a whole (its root or body) and
   * no longer does, but now fails on parts of the page, reports the same barrier in finer grain (a
   * page with no landmarks fails region on its body; once a repair adds the main landmark, region
   * fails on each block left outside it): those failures are not new. (The repair is not counted
   * as fixed when they outnumber the failures before: see {@link #outcomes}.)
   */
  static List<RuleResult> newFailures(Page original, PageReport before, PageReport after, TextPatch patch, Page repaired) {
    if (after == before) return new ArrayList<>();
    return new Baseline(original, before, patch, repaired).newAmong(after.results());
  }

  /**
   * The original audit's failures and cantTells, keyed as the same results on one repaired page
   * would be: what {@link #newFailures} compares that page's results with. Built once per trial, so
   * the results can be compared rule by rule ({@link Run#harms}) as well as all at once.
   */
  private static final class Baseline {
    private final Page repaired;
    private final Map<Page, String> framesAfter = new IdentityHashMap<>();
    private final Set<String> old = new java.util.HashSet<>();
    /** Rules that failed on the original page as a whole. */
    private final Set<String> pageWide = new java.util.HashSet<>();

    Baseline(Page original, PageReport before, TextPatch patch, Page repaired) {
      this.repaired = repaired;
      Map<Page, String> framesBefore = new IdentityHashMap<>();
      framePrefixes(original, framesBefore, patch, "", 0);
      framePrefixes(repaired, framesAfter, null, "", 0);
      for (RuleResult r : before.results()) {
        if (r.outcome() == Outcome.CANT_TELL) old.add(key(r, original, framesBefore, patch));
        if (r.outcome() != Outcome.FAILED) continue;
        old.add(key(r, original, framesBefore, patch));
        if (isPageElement(r.target())) pageWide.add(r.rule().id());
      }
    }

    /**
     * The new failures among the repaired page's results, in their order. Whether a rule's failures
     * refine a page-wide one depends on that rule's results only, so {@code results} may be any
     * rules' results, as long as each of those rules' are all there.
     */
    List<RuleResult> newAmong(List<RuleResult> results) {
      Set<String> refined = new java.util.HashSet<>(pageWide);
      for (RuleResult r : results) {
        if (r.outcome() == Outcome.FAILED && isPageElement(r.target()) && r.target().page() == repaired) {
          refined.remove(r.rule().id()); // still fails on the page as a whole: nothing was refined
        }
      }
      List<RuleResult> out = new ArrayList<>();
      for (RuleResult r : results) {
        if (r.outcome() != Outcome.FAILED) continue;
        if (old.contains(key(r, repaired, framesAfter, null))) continue;
        if (refined.contains(r.rule().id()) && r.target().page() == repaired) continue;
        out.add(r);
      }
      return out;
    }
  }

  private static Map<String, Integer> failedByRule(PageReport report) {
    Map<String, Integer> out = new HashMap<>();
    for (RuleResult r : report.results()) if (r.outcome() == Outcome.FAILED) out.merge(r.rule().id(), 1, Integer::sum);
    return out;
  }

  /**
   * Rule and position of a failure, comparable between the original and the repaired page:
   * positions in the page's own text are mapped through the patch (null: already in the repaired
   * text); positions inside an {@code <iframe srcdoc>} document are its frame's position plus the
   * position in the srcdoc text, which no repair edits.
   */
  private static String key(RuleResult r, Page top, Map<Page, String> frames, TextPatch patch) {
    Element e = r.target();
    String prefix = frames.getOrDefault(e.page(), "?");
    int offset = e.startTag().start().offset();
    if (e.page() == top && patch != null) offset = patch.map(offset);
    return r.rule().id() + "@" + prefix + offset;
  }

  private static void framePrefixes(Page page, Map<Page, String> frames, TextPatch patch, String prefix, int depth) {
    if (page == null || depth > 4) return;
    frames.putIfAbsent(page, prefix);
    for (Element e : page.elements()) {
      if (e.contentDocument() == null) continue;
      int at = e.startTag().start().offset();
      if (depth == 0 && patch != null) at = patch.map(at);
      framePrefixes(e.contentDocument(), frames, patch, prefix + "frame" + at + "/", depth + 1);
    }
  }

  /** The root or the body of its page. */
  private static boolean isPageElement(Element e) {
    Page p = e.page();
    return e == p.root() || p.body().map(b -> b == e).orElse(false);
  }

  /** The element of the repaired page that an original element became. */
  static Element find(Trial t, Element original) {
    int offset = original.startTag().start().offset();
    if (offset < 0) {
      return original == original.page().root() ? t.repaired().root() : null;
    }
    for (Element e : t.startTags().getOrDefault(t.patch().map(offset), List.of())) {
      if (e.name().equals(original.name())) return e;
    }
    return null;
  }

  /**
   * The elements of a page by the offset of their start tag (an implied element can share one with
   * the element it wraps): looking each one up by a scan of the page made verification quadratic
   * on pages with many findings.
   */
  private static Map<Integer, List<Element>> byStartTag(Page page) {
    Map<Integer, List<Element>> byOffset = new HashMap<>();
    for (Element e : page.elements()) {
      byOffset.computeIfAbsent(e.startTag().start().offset(), k -> new ArrayList<>(1)).add(e);
    }
    return byOffset;
  }


  /**
   * How each failure ended. A repair of a failure on the page as a whole after which its rule fails
   * on more parts of the page than it failed before (a landmark that leaves sixteen blocks outside
   * it where the page failed once) helped, and is kept, but is not counted as fixed: the page's
   * failures grew, and what is left is for a person to review.
   */
  private List<RepairOutcome> outcomes(Page page, PageReport before, Map<RuleResult, FixAttempt> attempts,
                                       List<RuleResult> accepted, Map<RuleResult, String> rejected, Trial t) {
    List<RepairOutcome> out = new ArrayList<>();
    Set<RuleResult> acceptedSet = new java.util.HashSet<>(accepted);
    AcceptedRepairs repairs = new AcceptedRepairs(accepted, attempts);
    Map<String, Integer> countBefore = failedByRule(before);
    Map<String, Integer> countAfter = failedByRule(t.after());
    Function<Element, String> selectors = org.curbcut.audit.Selectors.remembering();
    // what the re-audit still fails or cannot decide: per element, and per rule on the page
    Map<Element, Set<String>> open = new IdentityHashMap<>();
    Set<String> openOnPage = new java.util.HashSet<>();
    for (RuleResult x : t.after().results()) {
      if (x.outcome() != Outcome.FAILED && x.outcome() != Outcome.CANT_TELL) continue;
      open.computeIfAbsent(x.target(), k -> new java.util.HashSet<>()).add(x.rule().id());
      if (x.target().page() == t.repaired()) openOnPage.add(x.rule().id());
    }
    for (Map.Entry<RuleResult, FixAttempt> e : attempts.entrySet()) {
      RuleResult failure = e.getKey();
      if (acceptedSet.contains(failure)) {
        Repair r = (Repair) e.getValue();
        String rule = failure.rule().id();
        int left = countAfter.getOrDefault(rule, 0);
        if (isPageElement(failure.target()) && left > countBefore.getOrDefault(rule, 0)) {
          out.add(new RepairOutcome(failure, RepairStatus.FIXED_NEEDS_REVIEW, r, FixContext.message("engine.grew", left)));
        } else {
          out.add(new RepairOutcome(failure, status(r), r, null));
        }
        continue;
      }
      Repair by = repairs.isEmpty() ? null : resolvedBy(failure, page, repairs, t, open, openOnPage);
      if (by != null) {
        out.add(new RepairOutcome(failure, status(by), by,
            FixContext.message("engine.resolved-by", by.rule(), selectors.apply(by.target()))));
      } else if (e.getValue() instanceof NotRepairable n) {
        out.add(new RepairOutcome(failure, RepairStatus.NOT_REPAIRABLE, null, n.reason()));
      } else {
        out.add(new RepairOutcome(failure, RepairStatus.NOT_REPAIRABLE, null, rejected.get(failure)));
      }
    }
    return out;
  }

  private static RepairStatus status(Repair r) {
    return r.confidence() == Confidence.NEEDS_REVIEW ? RepairStatus.FIXED_NEEDS_REVIEW : RepairStatus.FIXED_VERIFIED;
  }

  /**
   * The repair that made a failure without a repair of its own go away (a region failure inside the
   * block that became the main landmark), or null when it is still there. Gone means the rule
   * neither fails nor asks a person about the element any more — for a failure on the page as a
   * whole, about any element of the page. The repair named is the one nearest the element: an
   * ancestor's (a block that became a landmark changes its content's context), its own (of another
   * rule), a descendant's (an image's alt names its link), else the first of the page.
   */
  private static Repair resolvedBy(RuleResult failure, Page page, AcceptedRepairs accepted, Trial t,
                                   Map<Element, Set<String>> open, Set<String> openOnPage) {
    if (failure.target().page() != page) return null;
    Element now = find(t, failure.target());
    if (now == null) return null;
    String rule = failure.rule().id();
    if (open.getOrDefault(now, Set.of()).contains(rule)) return null;
    if (isPageElement(failure.target()) && openOnPage.contains(rule)) return null;
    return accepted.nearest(failure.target());
  }

  /**
   * The accepted repairs of a run indexed by their targets, so that finding the one nearest an
   * element costs its depth, not the number of repairs times their depth.
   */
  private static final class AcceptedRepairs {
    private final List<Repair> inOrder = new ArrayList<>();
    /** Each target's first repair. */
    private final Map<Element, Repair> byTarget = new IdentityHashMap<>();
    /** Each ancestor of a target: the nearest descendant target's first repair and its distance; built on first use. */
    private Map<Element, Below> below;

    private record Below(int depth, Repair repair) {}

    AcceptedRepairs(List<RuleResult> accepted, Map<RuleResult, FixAttempt> attempts) {
      for (RuleResult r : accepted) {
        Repair rep = (Repair) attempts.get(r);
        inOrder.add(rep);
        byTarget.putIfAbsent(rep.target(), rep);
      }
    }

    boolean isEmpty() {
      return inOrder.isEmpty();
    }

    /** An ancestor's repair (the nearest), else the element's own, else a descendant's (the nearest), else the first. */
    Repair nearest(Element original) {
      for (Element up = original.parent(); up != null; up = up.parent()) {
        Repair rep = byTarget.get(up);
        if (rep != null) return rep;
      }
      Repair own = byTarget.get(original);
      if (own != null) return own;
      Below down = below().get(original);
      return down != null ? down.repair() : inOrder.get(0);
    }

    private Map<Element, Below> below() {
      if (below == null) {
        below = new IdentityHashMap<>();
        for (Repair rep : inOrder) {
          int depth = 0;
          for (Element up = rep.target().parent(); up != null; up = up.parent(), depth++) {
            Below known = below.get(up);
            // an earlier target as near or nearer is below here, and so for every ancestor above
            if (known != null && known.depth() <= depth) break;
            below.put(up, new Below(depth, rep));
          }
        }
      }
      return below;
    }
  }
}
