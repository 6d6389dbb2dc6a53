package org.curbcut.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Test;

/** The engine's contract, with a tiny rule and fixers made for the test. */
class RepairEngineTest {
  /** Fails every img without alt. */
  static final class ImgNeedsAlt implements Rule {
    static final MessageKey<Diagnostic> MESSAGE = MessageKey.of("missing");
    static final RuleMeta META = RuleMeta.of(ImgNeedsAlt.class, "test-img-alt", List.of(), List.of("1.1.1"), Level.A, Impact.CRITICAL)
        .withMessages(MESSAGE);

    @Override
    public RuleMeta meta() {
      return META;
    }

    @Override
    public void evaluate(RuleContext ctx, Outcomes out) {
      for (Element e : ctx.page().elements()) {
        if (!e.is("img")) continue;
        if (e.has("alt")) out.passed(e);
        else out.failed(e, MESSAGE);
      }
    }
  }

  /** Fails any element with a "bad" attribute: lets a fixer introduce a new failure. */
  static final class NoBadAttr implements Rule {
    static final MessageKey<Diagnostic> MESSAGE = MessageKey.of("bad");
    static final RuleMeta META = RuleMeta.of(NoBadAttr.class, "test-no-bad", List.of(), List.of("4.1.2"), Level.A, Impact.MINOR)
        .withMessages(MESSAGE);

    @Override
    public RuleMeta meta() {
      return META;
    }

    @Override
    public void evaluate(RuleContext ctx, Outcomes out) {
      for (Element e : ctx.page().elements()) {
        if (e.has("bad")) out.failed(e, MESSAGE);
      }
    }
  }

  /** Fails a figure whose image has no alt: a failure another rule's repair resolves. */
  static final class FigureImgAlt implements Rule {
    static final MessageKey<Diagnostic> MESSAGE = MessageKey.of("img");
    static final RuleMeta META = RuleMeta.of(FigureImgAlt.class, "test-figure", List.of(), List.of("1.1.1"), Level.A, Impact.MINOR)
        .withMessages(MESSAGE);

    @Override
    public RuleMeta meta() {
      return META;
    }

    @Override
    public void evaluate(RuleContext ctx, Outcomes out) {
      for (Element e : ctx.page().elements()) {
        if (!e.is("figure")) continue;
        if (e.descendants().anyMatch(d -> d.is("img") && !d.has("alt"))) out.failed(e, MESSAGE);
        else out.passed(e);
      }
    }
  }

  /** Fails every paragraph while an image has the alt "same": harm no repair's element shows. */
  static final class NoRepeatedAlt implements Rule {
    static final MessageKey<Diagnostic> MESSAGE = MessageKey.of("repeated");
    static final RuleMeta META = RuleMeta.of(NoRepeatedAlt.class, "test-repeated", List.of(), List.of("1.1.1"), Level.A, Impact.MINOR)
        .withMessages(MESSAGE);

    @Override
    public RuleMeta meta() {
      return META;
    }

    @Override
    public void evaluate(RuleContext ctx, Outcomes out) {
      boolean any = ctx.page().elements().stream().anyMatch(e -> e.is("img") && e.attr("alt").orElse("").equals("same"));
      for (Element e : ctx.page().elements()) {
        if (!e.is("p")) continue;
        if (any) out.failed(e, MESSAGE);
        else out.passed(e);
      }
    }
  }

  /**
   * Like region: fails the body while no element is marked a landmark, then each paragraph outside
   * a landmark.
   */
  static final class OutsideLandmark implements Rule {
    static final MessageKey<Diagnostic> MESSAGE = MessageKey.of("outside");
    static final RuleMeta META = RuleMeta.of(OutsideLandmark.class, "test-region", List.of(), List.of("1.3.1"), Level.A, Impact.MINOR)
        .withMessages(MESSAGE);

    @Override
    public RuleMeta meta() {
      return META;
    }

    @Override
    public void evaluate(RuleContext ctx, Outcomes out) {
      Page page = ctx.page();
      if (page.elements().stream().noneMatch(e -> e.has("landmark"))) {
        out.failed(page.body().orElseThrow(), MESSAGE);
        return;
      }
      for (Element e : page.elements()) {
        if (!e.is("p")) continue;
        boolean inside = false;
        for (Element up = e; up != null; up = up.parent()) inside |= up.has("landmark");
        if (inside) out.passed(e);
        else out.failed(e, MESSAGE);
      }
    }
  }

  /** Marks the page's first div a landmark. */
  static Fixer landmarkFixer() {
    return new Fixer() {
      @Override
      public String rule() {
        return "test-region";
      }

      @Override
      public FixAttempt attempt(RuleResult failure, FixContext ctx) {
        Element div = ctx.page().elements().stream().filter(e -> e.is("div")).findFirst().orElseThrow();
        return new Repair(rule(), failure.target(), List.of(SourceEdits.setAttribute(div, "landmark", "").orElseThrow()),
            "marked a landmark", "", "test", Confidence.CERTAIN);
      }
    };
  }

  /** Gives images whose source says "same" the alt "same", others a description. */
  static Fixer sameAltFixer(String rule) {
    return new Fixer() {
      @Override
      public String rule() {
        return rule;
      }

      @Override
      public FixAttempt attempt(RuleResult failure, FixContext ctx) {
        Element img = failure.target().is("img") ? failure.target()
            : failure.target().descendants().filter(d -> d.is("img")).findFirst().orElseThrow();
        String value = img.attr("src").orElse("").contains("same") ? "same" : "A harbour";
        return new Repair(rule(), failure.target(), List.of(SourceEdits.setAttribute(img, "alt", value).orElseThrow()),
            "added alt", value, "test", Confidence.CERTAIN);
      }
    };
  }

  static Fixer altFixer(Confidence c, String value) {
    return new Fixer() {
      @Override
      public String rule() {
        return "test-img-alt";
      }

      @Override
      public FixAttempt attempt(RuleResult failure, FixContext ctx) {
        if (failure.target().attr("src").orElse("").contains("nofix")) {
          return new NotRepairable(rule(), failure.target(), "a person must describe it");
        }
        Optional<Edit> e = SourceEdits.setAttribute(failure.target(), "alt", value);
        return new Repair(rule(), failure.target(), List.of(e.orElseThrow()), "added alt", value, "test", c);
      }
    };
  }

  private static RepairResult run(String html, Confidence min, Fixer... fixers) {
    return run(List.of(new ImgNeedsAlt(), new NoBadAttr(), new FigureImgAlt()), html, min, fixers);
  }

  private static RepairResult run(List<Rule> rules, String html, Confidence min, Fixer... fixers) {
    Auditor auditor = new Auditor(AuditOptions.defaults(), rules);
    Page page = HtmlSnapshot.parse(html, "t.html");
    return new RepairEngine(auditor, List.of(fixers), min).repair(page, text -> HtmlSnapshot.parse(text, "t.html"));
  }

  @Test
  void classifiesEveryFailureAndChangesOnlyWhatItRepairs() {
    RepairResult r = run("<p>Hi</p>\n<img src=a.png>\n<img src=nofix.png>", Confidence.NEEDS_REVIEW,
        altFixer(Confidence.CERTAIN, ""));
    assertThat(r.repairedText()).isEqualTo("<p>Hi</p>\n<img src=a.png alt=\"\">\n<img src=nofix.png>");
    assertThat(r.outcomes()).extracting(RepairOutcome::status)
        .containsExactly(RepairStatus.FIXED_VERIFIED, RepairStatus.NOT_REPAIRABLE);
    assertThat(r.outcomes().get(1).reason()).isEqualTo("a person must describe it");
    assertThat(r.newFailures()).isEmpty();
  }

  @Test
  void machineGuessesAreNeedsReviewAndCanBeFilteredOut() {
    RepairResult guessed = run("<img src=a.png>", Confidence.NEEDS_REVIEW, altFixer(Confidence.NEEDS_REVIEW, "A cat"));
    assertThat(guessed.outcomes().get(0).status()).isEqualTo(RepairStatus.FIXED_NEEDS_REVIEW);
    RepairResult strict = run("<img src=a.png>", Confidence.LIKELY, altFixer(Confidence.NEEDS_REVIEW, "A cat"));
    assertThat(strict.changed()).isFalse();
    assertThat(strict.outcomes().get(0).status()).isEqualTo(RepairStatus.NOT_REPAIRABLE);
  }

  @Test
  void aRepairThatCausesANewFailureIsDropped() {
    Fixer harmful = new Fixer() {
      @Override
      public String rule() {
        return "test-img-alt";
      }

      @Override
      public FixAttempt attempt(RuleResult failure, FixContext ctx) {
        return new Repair(rule(), failure.target(), List.of(
            SourceEdits.setAttribute(failure.target(), "alt", "").orElseThrow(),
            SourceEdits.setAttribute(failure.target(), "bad", "1").orElseThrow()), "x", "", "test", Confidence.CERTAIN);
      }
    };
    RepairResult r = run("<img src=a.png>", Confidence.NEEDS_REVIEW, harmful);
    assertThat(r.changed()).isFalse();
    assertThat(r.newFailures()).isEmpty();
    assertThat(r.outcomes().get(0).status()).isEqualTo(RepairStatus.NOT_REPAIRABLE);
  }

  @Test
  void withoutAFixerTheFailureIsNotRepairable() {
    RepairResult r = run("<img src=a.png>", Confidence.NEEDS_REVIEW);
    assertThat(r.outcomes().get(0).status()).isEqualTo(RepairStatus.NOT_REPAIRABLE);
    assertThat(r.outcomes().get(0).reason()).startsWith("No automatic repair exists for this rule.");
  }

  @Test
  void aFailureThatAnotherRepairResolvesIsFixedByThatRepair() {
    RepairResult r = run("<figure><img src=a.png></figure>\n<figure><img src=nofix.png></figure>", Confidence.NEEDS_REVIEW,
        altFixer(Confidence.LIKELY, "A harbour"));
    RepairOutcome figure = r.outcomes().stream()
        .filter(o -> o.failure().rule().id().equals("test-figure") && o.failure().target().startTag().start().offset() == 0)
        .findFirst().orElseThrow();
    assertThat(figure.status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(figure.repair().rule()).isEqualTo("test-img-alt");
    assertThat(figure.reason()).startsWith("Resolved by the test-img-alt repair of");
    RepairOutcome stillFails = r.outcomes().stream()
        .filter(o -> o.failure().rule().id().equals("test-figure") && o.failure().target().startTag().start().offset() > 0)
        .findFirst().orElseThrow();
    assertThat(stillFails.status()).isEqualTo(RepairStatus.NOT_REPAIRABLE);
  }
  @Test
  void harmOfRepairsThatMakeOneEditTogetherDropsThemAndKeepsTheUnrelatedOnes() {
    // both rules ask for the same alt on the same image, and with it every paragraph fails:
    // dropping either rule's repairs alone shows nothing; the other image's repair has nothing to
    // do with it and stays
    RepairResult r = run(List.of(new ImgNeedsAlt(), new FigureImgAlt(), new NoRepeatedAlt()),
        "<figure><img src=same.png></figure>\n<img src=b.png>\n<p>Text</p>", Confidence.NEEDS_REVIEW,
        sameAltFixer("test-img-alt"), sameAltFixer("test-figure"));
    assertThat(r.repairedText()).isEqualTo("<figure><img src=same.png></figure>\n<img src=b.png alt=\"A harbour\">\n<p>Text</p>");
    assertThat(r.newFailures()).isEmpty();
    assertThat(r.outcomes()).extracting(o -> o.failure().rule().id() + ":" + o.status())
        .containsExactly("test-img-alt:NOT_REPAIRABLE", "test-img-alt:FIXED_VERIFIED", "test-figure:NOT_REPAIRABLE");
  }

  @Test
  void aRepairThatRefinesAPageWideFailureIntoMoreFailuresIsKeptButNotCountedAsFixed() {
    // the body failed once; marking the first div a landmark leaves two paragraphs outside it
    RepairResult grows = run(List.of(new OutsideLandmark()), "<div><p>a</p></div>\n<p>b</p>\n<p>c</p>",
        Confidence.NEEDS_REVIEW, landmarkFixer());
    assertThat(grows.repairedText()).isEqualTo("<div landmark=\"\"><p>a</p></div>\n<p>b</p>\n<p>c</p>");
    assertThat(grows.outcomes()).extracting(RepairOutcome::status).containsExactly(RepairStatus.FIXED_NEEDS_REVIEW);
    assertThat(grows.outcomes().get(0).reason()).startsWith("Repaired in part: the rule no longer fails on the page as a whole but still fails on 2 parts");
    // one paragraph left outside: the same barrier in finer grain, counted as fixed
    RepairResult refines = run(List.of(new OutsideLandmark()), "<div><p>a</p></div>\n<p>b</p>",
        Confidence.NEEDS_REVIEW, landmarkFixer());
    assertThat(refines.repairedText()).isEqualTo("<div landmark=\"\"><p>a</p></div>\n<p>b</p>");
    assertThat(refines.outcomes()).extracting(RepairOutcome::status).containsExactly(RepairStatus.FIXED_VERIFIED);
    assertThat(refines.newFailures()).isEmpty();
  }
}
