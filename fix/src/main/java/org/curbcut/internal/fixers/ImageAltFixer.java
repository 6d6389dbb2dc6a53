package org.curbcut.internal.fixers;

import java.util.Optional;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.fix.alt.AltTextPipeline;
import org.curbcut.fix.alt.Description;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;

/**
 * image-alt: alt text from the alt-text pipeline (decorative detection, context, OCR, vision
 * describers). {@code <img>} gets {@code alt}; other elements with role img get {@code aria-label}
 * (decorative ones {@code role="presentation"} is not safe to guess, so a person decides).
 */
final class ImageAltFixer implements Fixer {
  private final AltTextPipeline pipeline;

  ImageAltFixer(AltTextPipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public String rule() {
    return "image-alt";
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    Element e = failure.target();
    if (!e.is("img")) {
      return FixerSupport.needsPerson(rule(), e, "alt.not-img");
    }
    Optional<Description> d = pipeline.describe(e, ctx);
    if (d.isEmpty()) return FixerSupport.needsPerson(rule(), e, "alt.needs-person");
    return FixerSupport.setAttribute(rule(), e, "alt", d.get().alt(), d.get().provenance(), d.get().confidence());
  }
}
