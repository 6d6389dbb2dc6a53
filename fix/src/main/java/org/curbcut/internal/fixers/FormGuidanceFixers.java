package org.curbcut.internal.fixers;

import java.util.List;
import java.util.Optional;
import org.curbcut.fix.Edit;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.fix.Repair;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;

/**
 * Validation guidance on form fields: the error message shown next to a field linked to it, and
 * the limits of a field put into a hint. Both repairs (and pattern-has-hint's) work from one
 * {@link FieldGuidance} plan per field, so they never write aria-describedby twice.
 */
final class FormGuidanceFixers {
  private FormGuidanceFixers() {}

  static List<Fixer> all() {
    return List.of(new ErrorLink(), new ConstraintHint());
  }

  /**
   * error-message-linked: aria-describedby gets the visible error message's id (the message gets
   * a fresh id when it has none), and aria-invalid="true" — only because the message is shown now,
   * so the field is in error now. Likely: the message is a fact of the page, its link to the field
   * an inference from where it sits and what it is called.
   */
  static final class ErrorLink implements Fixer {
    @Override
    public String rule() {
      return "error-message-linked";
    }

    @Override
    public FixAttempt attempt(RuleResult failure, FixContext ctx) {
      Element field = failure.target();
      FieldGuidance plan = FieldGuidance.of(ctx, field);
      if (plan.message == null) return FixerSupport.needsPerson(rule(), field, "error-link.not-found");
      Optional<List<Edit>> edits = plan.edits();
      if (edits.isEmpty()) return FixerSupport.notInSource(rule(), field);
      String text = FixerSupport.shorten(plan.message.textContent(), 80);
      boolean invalid = field.token("aria-invalid").orElse("").equals("true");
      String change = FixContext.message(invalid ? "change.error-link" : "change.error-link-invalid", text)
          + (plan.hintText == null ? "" : FixContext.message("change.with-hint", plan.hintText));
      return new Repair(rule(), field, edits.get(), change, plan.messageId,
          FixContext.message("error-link.provenance", plan.messagePlace(), plan.messageSignal()), plan.confidence);
    }
  }

  /**
   * constraint-has-hint: the field's maxlength, min and max in words, in a visible hint after the
   * field referenced by aria-describedby. Likely: the limits are facts of the markup, the wording is
   * the machine's (needs review when the hint also puts the field's pattern into words).
   */
  static final class ConstraintHint implements Fixer {
    @Override
    public String rule() {
      return "constraint-has-hint";
    }

    @Override
    public FixAttempt attempt(RuleResult failure, FixContext ctx) {
      return hint(rule(), failure.target(), ctx);
    }
  }

  /** The hint repair of a field, for constraint-has-hint and pattern-has-hint. */
  static FixAttempt hint(String rule, Element field, FixContext ctx) {
    FieldGuidance plan = FieldGuidance.of(ctx, field);
    if (plan.hintText == null) {
      if (rule.equals("pattern-has-hint")) {
        return FixerSupport.needsPerson(rule, field, "hint.complex-pattern", field.attrOr("pattern", ""));
      }
      return FixerSupport.needsPerson(rule, field, plan.limitsSaidNearby ? "hint.said-nearby" : "hint.no-limits");
    }
    Optional<List<Edit>> edits = plan.edits();
    if (edits.isEmpty()) return FixerSupport.notInSource(rule, field);
    String provenance = plan.limits == null ? FixContext.message("hint.provenance", field.attrOr("pattern", ""))
        : FixContext.message("hint.provenance.limits", plan.covers());
    String change = FixContext.message("change.hint", plan.hintText)
        + (plan.message == null ? "" : FixContext.message("change.with-error-link", FixerSupport.shorten(plan.message.textContent(), 80)));
    return new Repair(rule, field, edits.get(), change, plan.hintText, provenance, plan.confidence);
  }
}
