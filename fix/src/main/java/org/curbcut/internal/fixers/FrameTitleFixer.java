package org.curbcut.internal.fixers;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.PageTexts;
import org.curbcut.fix.Fixer;
import org.curbcut.internal.icons.LinkPurpose;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;

/** frame-title: a title from the framed document's own title, an advertisement slot's evidence, or well-known embed hosts. */
final class FrameTitleFixer implements Fixer {
  private static final Map<String, String> EMBEDS = Map.of(
      "youtube.com", "YouTube video", "youtube-nocookie.com", "YouTube video", "vimeo.com", "Vimeo video",
      "google.com/maps", "Map", "maps.google.com", "Map", "openstreetmap.org", "Map",
      "spotify.com", "Spotify player", "soundcloud.com", "SoundCloud player", "calendar.google.com", "Calendar",
      "dailymotion.com", "Dailymotion video");
  /** Words of a frame's id, name, class or address that mark an advertisement slot (AdSense, Yahoo, Tanx ids). */
  private static final Set<String> AD_WORDS = Set.of("ad", "ads", "advert", "adverts", "advertising", "advertisement",
      "adtag", "smartads", "aswift", "yads", "tanxssp", "adslot", "adframe");
  private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");

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
    Optional<FixAttempt> ad = advertisement(frame, src, ctx.texts());
    if (ad.isPresent()) return ad.get();
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

  /**
   * An advertisement slot: served by an ad network (likely), or named so by its id, name, class
   * or address (needs review). Its title says so, which is what a visitor needs to skip it.
   */
  private Optional<FixAttempt> advertisement(Element frame, String src, PageTexts texts) {
    String host = "";
    String path = "";
    try {
      URI uri = URI.create(src.trim().replace(" ", "%20"));
      host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      path = uri.getPath() == null ? "" : uri.getPath();
    } catch (IllegalArgumentException ignored) {
      // an unreadable src: only the frame's names can tell
    }
    if (!host.isEmpty() && LinkPurpose.isAdHost(host)) {
      return Optional.of(FixerSupport.setAttribute(rule(), frame, "title", texts.text("frame.ad-title"),
          FixContext.message("frame.ad-host", host), Confidence.LIKELY));
    }
    String names = String.join(" ", frame.attrOr("id", ""), frame.attrOr("name", ""), frame.attrOr("class", ""), path,
        frame.attrOr("data-adtag", "").isEmpty() ? "" : "adtag");
    for (String word : WORD_BREAK.split(names)) {
      String w = word.toLowerCase(Locale.ROOT).replaceAll("\\d+$", "");
      if (AD_WORDS.contains(w)) {
        return Optional.of(FixerSupport.setAttribute(rule(), frame, "title", texts.text("frame.ad-title"),
            FixContext.message("frame.ad-name", word), Confidence.NEEDS_REVIEW));
      }
    }
    return Optional.empty();
  }
}
