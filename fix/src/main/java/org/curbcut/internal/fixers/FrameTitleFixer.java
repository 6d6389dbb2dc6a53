package org.curbcut.internal.fixers;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;

/** frame-title: a title from the framed document's own title, or from well-known embed hosts. */
final class FrameTitleFixer implements Fixer {
  private static final Map<String, String> EMBEDS = Map.of(
      "youtube.com", "YouTube video", "youtube-nocookie.com", "YouTube video", "vimeo.com", "Vimeo video",
      "google.com/maps", "Map", "maps.google.com", "Map", "openstreetmap.org", "Map",
      "spotify.com", "Spotify player", "soundcloud.com", "SoundCloud player", "calendar.google.com", "Calendar");

  @Override
  public String rule() {
    return "frame-title";
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    Element frame = failure.target();
    if (frame.contentDocument() != null) {
      Optional<String> inner = frame.contentDocument().elements().stream().filter(e -> e.is("title"))
          .map(e -> FixerSupport.squash(e.textContent())).filter(s -> !s.isEmpty()).findFirst();
      if (inner.isPresent()) {
        return FixerSupport.setAttribute(rule(), frame, "title", inner.get(), FixContext.message("frame.inner-title"),
            Confidence.LIKELY);
      }
    }
    String src = frame.attrOr("src", "");
    try {
      URI uri = URI.create(src.trim().replace(" ", "%20"));
      if (uri.getHost() != null) {
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String hostPath = host + (uri.getPath() == null ? "" : uri.getPath());
        for (Map.Entry<String, String> e : EMBEDS.entrySet()) {
          if (hostPath.startsWith(e.getKey()) || host.endsWith("." + e.getKey()) || host.equals(e.getKey())) {
            return FixerSupport.setAttribute(rule(), frame, "title", e.getValue(),
                FixContext.message("frame.embed-host", host), Confidence.NEEDS_REVIEW);
          }
        }
      }
    } catch (IllegalArgumentException ignored) {
      // an unreadable src says nothing about the frame
    }
    return FixerSupport.needsPerson(rule(), frame, "frame.needs-person");
  }
}
