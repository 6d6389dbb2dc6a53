package org.curbcut.internal.fixers;

import java.util.Optional;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.fix.alt.AltTextPipeline;
import org.curbcut.fix.alt.Description;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;

/**
 * input-image-alt: an image button says what it does. OCR or a describer may read the button's
 * picture ("Send"); otherwise, inside a form, it submits it, so "Submit" is the safe draft.
 */
final class InputImageAltFixer implements Fixer {
  private final AltTextPipeline pipeline;

  InputImageAltFixer(AltTextPipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public String rule() {
    return "input-image-alt";
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    Element input = failure.target();
    Optional<Description> d = pipeline.describe(input, ctx).filter(x -> !x.decorative());
    if (d.isPresent()) return FixerSupport.setAttribute(rule(), input, "alt", d.get().alt(), d.get().provenance(), Confidence.NEEDS_REVIEW);
    if (input.closest("form").isPresent()) {
      return FixerSupport.setAttribute(rule(), input, "alt", ctx.texts().text("input-image.submit"),
          FixContext.message("input-image.provenance"), Confidence.NEEDS_REVIEW);
    }
    return FixerSupport.needsPerson(rule(), input, "alt.needs-person");
  }
}
