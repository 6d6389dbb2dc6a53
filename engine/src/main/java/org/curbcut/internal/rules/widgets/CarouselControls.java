package org.curbcut.internal.rules.widgets;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.curbcut.internal.aria.Aria;
import org.curbcut.snapshot.Element;

/**
 * Buttons with {@code aria-controls} that move through content rather than show and hide it:
 * the previous/next and slide buttons of a carousel. They control the slides, but expanding is
 * not what they do, so aria-expanded would be wrong on them.
 */
final class CarouselControls {
  /** What a slide container's class or id says: the carousel libraries and their plain names. */
  private static final Pattern CAROUSEL_TOKEN = Pattern.compile(
      "carousel|slider|slides|slideshow|slick|swiper|glide|splide|flickity|owl|siema|keen|embla|bxslider");
  /** A button's class that names a carousel arrow: parts such as prev, next, arrow of a carousel. */
  private static final Pattern ARROW_PART = Pattern.compile("prev|previous|next");
  /** The name of a carousel arrow or dot, as it is usually written ("Previous slide", "›", "Go to slide 3"). */
  private static final Pattern ARROW_NAME = Pattern.compile(
      "^[\\p{Punct}‹›«»←→❮❯⟨⟩◀▶◄►\\s]*(prev|previous|next|forward|back|backward)"
          + "(\\s+(slide|item|image|photo|picture|page|story|stories|article|articles|video|videos))?"
          + "[\\p{Punct}‹›«»←→❮❯⟨⟩◀▶◄►\\s]*$|^(go\\s+to\\s+)?slide\\s+\\d+(\\s+of\\s+\\d+)?$");
  private static final Pattern PARTS = Pattern.compile("[-_]+");

  private CarouselControls() {}

  /** The button steps through a carousel: its controlled content or its own name says so. */
  static boolean isCarouselControl(Aria aria, Element button) {
    for (Element target : aria.ids().targets(button, "aria-controls")) {
      if (isCarousel(target)) return true;
    }
    if (button.ancestors().anyMatch(a -> roledescription(a).contains("carousel"))) return true;
    for (String token : WidgetSignals.nameTokens(button)) {
      for (String part : PARTS.split(token)) {
        if (ARROW_PART.matcher(part).matches()) return true;
      }
    }
    String name = aria.name(button).value().toLowerCase(Locale.ROOT).trim();
    return ARROW_NAME.matcher(name).matches();
  }

  /** A carousel or one of its slides: by aria-roledescription or by a carousel class or id. */
  static boolean isCarousel(Element e) {
    String described = roledescription(e);
    if (described.contains("carousel") || described.contains("slide")) return true;
    List<String> tokens = WidgetSignals.nameTokens(e);
    for (String token : tokens) {
      for (String part : PARTS.split(token)) {
        if (CAROUSEL_TOKEN.matcher(part).matches()) return true;
      }
    }
    return false;
  }

  private static String roledescription(Element e) {
    return e.attrOr("aria-roledescription", "").toLowerCase(Locale.ROOT);
  }
}
