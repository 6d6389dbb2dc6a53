package org.curbcut.internal.fixers;

import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;

/**
 * media-autoplay: gives autoplaying audio or video the browser's own controls, the mechanism to
 * pause or stop it that WCAG 1.4.2 asks for. Autoplay itself is left as the author chose.
 */
final class MediaAutoplayFixer implements Fixer {
  @Override
  public String rule() {
    return "media-autoplay";
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    Element media = failure.target();
    if (!media.is("audio", "video") || media.has("controls")) {
      return FixerSupport.needsPerson(rule(), media, "autoplay.needs-person");
    }
    return FixerSupport.setAttribute(rule(), media, "controls", "", FixContext.message("autoplay.provenance"),
        Confidence.LIKELY);
  }
}
