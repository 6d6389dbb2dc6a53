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
    Auditor auditor = new Auditor(AuditOptions.defaults(), List.of(new ImgNeedsAlt(), new NoBadAttr(), new FigureImgAlt()));
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
}
