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
 * The ACT rules on alternatives for the visual content of video: c5a4ea (1.2.3, composite of
 * 1ea59c audio description, 1a02b0 transcript, ab4d13 media alternative), 1ec09b (1.2.5, strict:
 * 1ea59c or ab4d13), c3232f (1.2.1 visual-only, composite of d7ba54 audio track, ee13b5
 * transcript, fd26cf media alternative). Applicability: a visible {@code video}. Expectation: its
 * visual information is also available as audio description, transcript or as the alternative
 * of text on the page. Judging any of these needs a person watching the video: cantTell, with a
 * note when a descriptions track is present (browsers do not play those).
 */
public final class VideoAlternative implements Rule {
  static final MessageKey<Diagnostic> CHECK = MessageKey.of("check");
  static final MessageKey<Diagnostic> CHECK_DESCRIPTIONS_TRACK = MessageKey.of("check-descriptions-track");
  private static final RuleMeta META = RuleMeta.of(VideoAlternative.class, "video-alternative",
      List.of("c5a4ea", "1ec09b", "c3232f", "1ea59c", "1a02b0", "ab4d13", "d7ba54", "ee13b5", "fd26cf"),
      List.of("1.2.1", "1.2.3", "1.2.5"), Level.A, Impact.CRITICAL)
      .withMessages(CHECK, CHECK_DESCRIPTIONS_TRACK);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (Media.shownVideo(e).isFalse()) continue;
      if (Media.hasTrack(e, "descriptions")) out.cantTell(e, CHECK_DESCRIPTIONS_TRACK);
      else out.cantTell(e, CHECK);
    }
  }
}
