package org.curbcut.internal.icons;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.curbcut.internal.standards.GenericLinkTexts;
import org.curbcut.fix.FixContext;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/**
 * What the page itself calls a link's destination: the text of its other links to the same
 * address. News and shop pages link each story twice, once from its picture and once from its
 * headline; the picture link has no name, the headline is the name it needs. Generic texts ("Read
 * more"), empty ones and paragraphs are not names.
 */
public final class SameDestination {
  /** Longer than this, a link's text is a teaser paragraph, not a name. */
  private static final int LONGEST = 150;
  /** A web site's root or its index page; for a local copy, a folder's index page. */
  private static final java.util.regex.Pattern HOME = java.util.regex.Pattern.compile(
      "^(https?://[^/?#]*/?|file:(/[^?#]*)?/)((index|default|home)\\.[a-z]+)?(#.*)?$");

  private final Page page;
  /** Per address, the link texts that lead there and how often. */
  private final Map<String, Map<String, Integer>> byAddress;

  private SameDestination(Page page) {
    this.page = page;
    this.byAddress = index(page);
  }

  /** The repair run's index, shared by the link-name repair and the alt-text describer. */
  private static final FixContext.Key<SameDestination> KEY = FixContext.Key.of("same-destination");

  /** The page's links indexed by address (outside a repair run; a run builds one with {@link #of(FixContext)}). */
  public static SameDestination of(Page page) {
    return new SameDestination(page);
  }

  /** The index of the page a repair run repairs, built once per run and kept in its state. */
  public static SameDestination of(FixContext ctx) {
    return ctx.state(KEY, () -> new SameDestination(ctx.page()));
  }

  /**
   * The text the page's other links to this link's destination carry.
   *
   * @param text the text (the most frequent one when they differ, the longer one on a tie)
   * @param agreed true when every such link has this same text
   * @param address the destination, resolved against the page's address
   * @param home true when the destination is a site's home page ("/", index.html): there a
   *     picture is usually the site's logo, which should name the site, not say "Home"
   */
  public record Name(String text, boolean agreed, String address, boolean home) {
    /** Sure enough to apply without review: the links agree, and it is not a logo's home link. */
    public boolean sure() {
      return agreed && !home;
    }
  }

  /** The name of the link's destination from the page's other links to it, if they give one. */
  public Optional<Name> nameOf(Element link) {
    if (link.page() != page || !link.is("a")) return Optional.empty();
    Optional<String> address = address(link, page);
    if (address.isEmpty()) return Optional.empty();
    Map<String, Integer> texts = byAddress.get(address.get());
    if (texts == null || texts.isEmpty()) return Optional.empty();
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> t : texts.entrySet()) {
      int n = t.getValue();
      if (n > most || (n == most && t.getKey().length() > best.length())) {
        best = t.getKey();
        most = n;
      }
    }
    return Optional.of(new Name(best, texts.size() == 1, address.get(), HOME.matcher(address.get()).find()));
  }

  /**
   * The link's one img, without alt or with an empty one, when the link has no text and no SVG
   * besides: the image that must carry the link's name.
   */
  public static Optional<Element> onlyImage(Element link) {
    if (!squash(link.textContent()).isEmpty()) return Optional.empty();
    if (link.descendants().anyMatch(d -> d.is("svg"))) return Optional.empty();
    List<Element> images = link.descendants().filter(d -> d.is("img")).toList();
    if (images.size() != 1) return Optional.empty();
    Element img = images.get(0);
    return img.attr("alt").map(String::isBlank).orElse(true) ? Optional.of(img) : Optional.empty();
  }

  private static Map<String, Map<String, Integer>> index(Page page) {
    Map<String, Map<String, Integer>> byAddress = new LinkedHashMap<>();
    List<Element> links = page.elements().stream().filter(e -> e.is("a") && e.isHtml() && !e.inTemplate()).toList();
    for (Element a : links) {
      Optional<String> address = address(a, page);
      if (address.isEmpty()) continue;
      String text = squash(a.textContent());
      if (text.isEmpty() || text.length() > LONGEST || !text.codePoints().anyMatch(Character::isLetterOrDigit)
          || GenericLinkTexts.isGeneric(text)) {
        continue;
      }
      byAddress.computeIfAbsent(address.get(), k -> new LinkedHashMap<>()).merge(text, 1, Integer::sum);
    }
    return byAddress;
  }

  /** The link's href resolved against the page; none for fragments of this page and script links. */
  private static Optional<String> address(Element link, Page page) {
    String href = link.attrOr("href", "").strip();
    String lower = href.toLowerCase(Locale.ROOT);
    if (href.isEmpty() || href.startsWith("#") || lower.startsWith("javascript:")) return Optional.empty();
    try {
      String base = page.baseUri() == null || page.baseUri().isEmpty() ? webSource(page) : page.baseUri();
      URI uri = base.isEmpty() ? URI.create(href.replace(" ", "%20"))
          : URI.create(base.replace(" ", "%20")).resolve(href.replace(" ", "%20"));
      return Optional.of(uri.normalize().toString());
    } catch (IllegalArgumentException e) {
      return Optional.of(href);
    }
  }

  /** A page read from the web without a base address resolves against its own address. */
  private static String webSource(Page page) {
    String src = page.source() == null ? "" : page.source();
    return src.startsWith("http://") || src.startsWith("https://") ? src : "";
  }

  private static String squash(String s) {
    return s.replaceAll("[\\s\\u00a0]+", " ").strip();
  }
}
