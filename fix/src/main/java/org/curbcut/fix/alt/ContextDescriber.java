package org.curbcut.fix.alt;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixContext;
import org.curbcut.internal.icons.LinkPurpose;
import org.curbcut.internal.icons.SameDestination;
import org.curbcut.snapshot.Element;

/**
 * Takes alt text from what the page says around the image: the caption of a figure that holds only
 * this image, or, for an image that is the only content of a link, the text of the page's other
 * links to the same address (likely when they all agree), else the link's target. Never the file
 * name alone. Captions and targets need review: the page's words may describe something else.
 */
public final class ContextDescriber implements ImageDescriber {
  @Override
  public String name() {
    return "context";
  }

  @Override
  public Optional<Description> describe(ImageInput image) {
    Element img = image.element();
    Optional<Element> figure = img.parent() != null && img.parent().is("figure") ? Optional.of(img.parent()) : Optional.empty();
    if (figure.isPresent()) {
      Optional<String> caption = figure.get().childElements().filter(c -> c.is("figcaption"))
          .map(c -> c.textContent().replaceAll("\\s+", " ").trim()).filter(s -> !s.isEmpty()).findFirst();
      long images = figure.get().descendants().filter(d -> d.is("img")).count();
      if (caption.isPresent() && images == 1) {
        return Optional.of(new Description(shorten(caption.get()), FixContext.message("alt.context.figcaption"),
            Confidence.NEEDS_REVIEW));
      }
    }
    Optional<Element> link = img.ancestors().filter(a -> a.is("a") && a.has("href")).findFirst();
    if (link.isPresent() && SameDestination.onlyImage(link.get()).filter(img::equals).isPresent()) {
      // the link's name, which its only image must carry: what the page's other links there say
      Optional<SameDestination.Name> same = SameDestination.of(link.get());
      if (same.isPresent()) {
        return Optional.of(new Description(same.get().text(), FixContext.message("alt.context.same-destination",
            same.get().text(), same.get().address()), same.get().sure() ? Confidence.LIKELY : Confidence.NEEDS_REVIEW));
      }
    }
    if (link.isPresent()) {
      Optional<String> purpose = LinkPurpose.fromHref(link.get().attrOr("href", ""), baseHost(img));
      if (purpose.isPresent()) {
        return Optional.of(new Description(purpose.get(), FixContext.message("alt.context.link-target",
            link.get().attrOr("href", "")), Confidence.NEEDS_REVIEW));
      }
    }
    return Optional.empty();
  }

  private static String baseHost(Element e) {
    try {
      String base = e.page().baseUri();
      return base.startsWith("http") ? URI.create(base).getHost() : "";
    } catch (IllegalArgumentException ex) {
      return "";
    }
  }

  static String shorten(String s) {
    if (s.length() <= 150) return s;
    int cut = s.lastIndexOf(' ', 147);
    return s.substring(0, cut > 80 ? cut : 147).trim() + "…";
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
