package org.curbcut.internal.rules.structure;

import java.util.List;
import org.curbcut.internal.aria.Aria;
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
 * ACT 80f0bf "Audio or video element avoids automatically playing audio" (composite of 4c31df,
 * a control mechanism, and aaa1bf, no audio longer than 3 seconds); 1.4.2 Audio Control.
 * Applicability: an {@code audio} or {@code video} element with {@code autoplay}, not
 * {@code muted}, with a source. Expectation: it plays no more than 3 seconds of audio, or offers a
 * way to pause, stop or mute it. Native {@code controls} on a shown element pass. Whether the
 * media has sound and how long it plays needs the media: cantTell, except a looping
 * {@code audio} element without controls on a page without scripts, which certainly plays on: failed.
 */
public final class MediaAutoplay implements Rule {
  static final MessageKey<Diagnostic> LOOP = MessageKey.of("loop");
  static final MessageKey<Diagnostic> CHECK = MessageKey.of("check");
  private static final RuleMeta META = RuleMeta.of(MediaAutoplay.class, "media-autoplay",
      List.of("80f0bf", "4c31df", "aaa1bf"), List.of("1.4.2"), Level.A, Impact.SERIOUS)
      .withMessages(LOOP, CHECK);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!e.is("audio", "video") || Markup.inTemplate(e) || !e.has("autoplay") || e.has("muted")) continue;
      if (!Media.hasSource(e)) continue;
      Aria aria = ctx.aria(e.page());
      if (e.has("controls") && Markup.visibleAndExposed(aria, e).isTrue()) {
        out.passed(e);
      } else if (e.is("audio") && e.has("loop") && !e.has("controls") && !Markup.hasScripting(ctx, e.page())) {
        out.failed(e, LOOP);
      } else {
        out.cantTell(e, CHECK);
      }
    }
  }
}
