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
    AltTextPipeline.Attempt attempt = pipeline.attempt(e, ctx);
    Optional<Description> d = attempt.description();
    if (d.isEmpty()) {
      // a refused fetch (a redirect off the allowed origins) is said, so the owner can allow the host
      return attempt.fetchRefused().map(why -> FixerSupport.needsPerson(rule(), e, "alt.needs-person.fetch-refused", why))
          .orElseGet(() -> FixerSupport.needsPerson(rule(), e, "alt.needs-person"));
    }
    return FixerSupport.setAttribute(rule(), e, "alt", d.get().alt(), d.get().provenance(), d.get().confidence());
  }
}
