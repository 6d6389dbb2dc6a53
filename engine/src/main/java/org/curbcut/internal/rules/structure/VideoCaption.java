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
 * ACT eac66b "Video element auditory content has accessible alternative" (composite) and its input
 * f51b46 "Video element auditory content has captions"; 1.2.2 Captions (Prerecorded).
 * Applicability: a visible {@code video} with audio. Expectation: its speech and sounds are
 * captioned (a captions track or open captions), or it is a labelled media alternative for text.
 * Whether it has audio, and whether captions are right, needs a person watching: cantTell, with a
 * message that says whether a captions track exists.
 */
public final class VideoCaption implements Rule {
  static final MessageKey<Diagnostic> CHECK_TRACK = MessageKey.of("check-track");
  static final MessageKey<Diagnostic> CHECK_NO_TRACK = MessageKey.of("check-no-track");
  private static final RuleMeta META = RuleMeta.of(VideoCaption.class, "video-caption",
      List.of("eac66b", "f51b46"), List.of("1.2.2"), Level.A, Impact.CRITICAL)
      .withMessages(CHECK_TRACK, CHECK_NO_TRACK);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (Media.shownVideo(e).isFalse()) continue;
      if (e.has("muted") && !e.has("controls")) continue;
      if (Media.hasTrack(e, "captions", "subtitles")) out.cantTell(e, CHECK_TRACK);
      else out.cantTell(e, CHECK_NO_TRACK);
    }
  }
}
