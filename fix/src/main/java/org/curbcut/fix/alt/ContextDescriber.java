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
    Optional<Description> status = statusIcon(img);
    if (status.isPresent()) return status;
    Optional<Element> link = img.ancestors().filter(a -> a.is("a") && a.has("href")).findFirst();
    if (link.isPresent() && SameDestination.onlyImage(link.get()).filter(img::equals).isPresent()) {
      // the link's name, which its only image must carry: what the page's other links there say
      Optional<SameDestination.Name> same = image.context()
          .map(SameDestination::of)
          .orElseGet(() -> SameDestination.of(img.page())).nameOf(link.get());
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

  /** Icons are small: 32 CSS pixels or less by their width or height attribute. */
  private static final int ICON = 32;
  /** Class words that say what an element is, not what an icon means (data file next to this class). */
  private static final java.util.Set<String> NOT_MEANINGS = classWords();

  private static java.util.Set<String> classWords() {
    try (java.io.InputStream in = ContextDescriber.class.getResourceAsStream("class-words-not-meanings.txt")) {
      if (in == null) throw new IllegalStateException("class-words-not-meanings.txt missing");
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A status icon: a small image whose file name says what its cell or container's class says
   * ({@code <td class="not_finished"><img src="not-finished.png">}). Two sources that agree, but
   * still a guess from names: needs review.
   */
  static Optional<Description> statusIcon(Element img) {
    if (!iconSized(img)) return Optional.empty();
    String src = img.attrOr("src", "");
    String file = ImageFileName.of(src);
    java.util.List<String> fileWords = words(file);
    if (fileWords.isEmpty()) return Optional.empty();
    java.util.List<Element> holders = img.parent() == null ? java.util.List.of(img) : java.util.List.of(img, img.parent());
    for (Element e : holders) {
      for (String token : e.attrOr("class", "").split("\\s+")) {
        java.util.List<String> classWords = words(token);
        if (classWords.isEmpty() || classWords.size() > 3 || classWords.stream().anyMatch(NOT_MEANINGS::contains)) continue;
        if (java.util.Collections.indexOfSubList(fileWords, classWords) >= 0) {
          String alt = String.join(" ", classWords);
          alt = Character.toUpperCase(alt.charAt(0)) + alt.substring(1);
          return Optional.of(new Description(alt, FixContext.message("alt.context.status-icon", alt, token),
              Confidence.NEEDS_REVIEW));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean iconSized(Element img) {
    return java.util.stream.Stream.of("width", "height").map(a -> img.attrOr(a, "").strip().replaceFirst("px$", ""))
        .filter(v -> v.matches("\\d{1,4}")).anyMatch(v -> Integer.parseInt(v) <= ICON);
  }

  /** The letter words of a name, lower case: "fff-277-notFinished_2" gives fff, not, finished. */
  private static java.util.List<String> words(String name) {
    return java.util.Arrays.stream(name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).split("[^a-z]+"))
        .filter(w -> w.length() >= 2).toList();
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
