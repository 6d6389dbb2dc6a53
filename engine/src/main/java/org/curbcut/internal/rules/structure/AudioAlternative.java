package org.curbcut.internal.rules.structure;

import java.util.List;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * ACT e7aa44 "Audio element content has text alternative" (composite of 2eb176, a transcript, and
 * afb423, a labelled media alternative for text); 1.2.1 Audio-only (Prerecorded).
 * Applicability: an {@code audio} element that plays by itself or has visible controls.
 * Expectation: its content is available as text (a transcript), or it is an alternative for text
 * on the page and labelled so. Only a person listening can judge it: cantTell.
 */
public final class AudioAlternative implements Rule {
  static final MessageKey<Diagnostic> CHECK = MessageKey.of("check");
  private static final RuleMeta META = RuleMeta.of(AudioAlternative.class, "audio-alternative",
      List.of("e7aa44", "2eb176", "afb423"), List.of("1.2.1"), Level.A, Impact.CRITICAL)
      .withMessages(CHECK);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (Media.playableAudio(ctx.aria(e.page()), e).isFalse()) continue;
      out.cantTell(e, CHECK);
    }
  }
}
