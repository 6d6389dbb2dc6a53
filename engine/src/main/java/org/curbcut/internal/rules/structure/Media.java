package org.curbcut.internal.rules.structure;

import java.util.Locale;
import org.curbcut.internal.aria.Aria;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Tri;

/** Facts about audio and video elements that the media rules share. */
final class Media {
  private Media() {}

  /** The element names a media resource: a src attribute or a source child. */
  static boolean hasSource(Element e) {
    if (!e.attrOr("src", "").isBlank()) return true;
    return e.childElements().anyMatch(c -> c.is("source") && !c.attrOr("src", "").isBlank());
  }

  /** A track of one of these kinds (captions, subtitles, descriptions) with a source. */
  static boolean hasTrack(Element e, String... kinds) {
    return e.childElements().anyMatch(c -> {
      if (!c.is("track") || c.attrOr("src", "").isBlank()) return false;
      String kind = c.token("kind").orElse("subtitles").toLowerCase(Locale.ROOT);
      for (String k : kinds) {
        if (k.equals(kind)) return true;
      }
      return false;
    });
  }

  /** A video that people can see: rendered, visible, with a source. */
  static Tri shownVideo(Element e) {
    if (!e.is("video") || Markup.inTemplate(e) || !hasSource(e)) return Tri.FALSE;
    return Rendering.isVisible(e);
  }

  /** An audio element people can play: with controls shown, or playing by itself. */
  static Tri playableAudio(Aria aria, Element e) {
    if (!e.is("audio") || Markup.inTemplate(e) || !hasSource(e)) return Tri.FALSE;
    if (e.has("autoplay")) return Tri.TRUE;
    if (!e.has("controls")) return Tri.FALSE;
    return Rendering.isVisible(e);
  }
}
