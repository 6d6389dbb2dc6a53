package org.curbcut.internal.fixers;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.internal.icons.IconVocabulary;
import org.curbcut.internal.icons.LinkPurpose;
import org.curbcut.internal.icons.SameDestination;
import org.curbcut.internal.standards.AsciiWhitespace;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;

/**
 * link-name and button-name: names icon-only links and buttons with {@code aria-label}, from (in
 * this order) an SVG {@code <title>}, a tooltip attribute of a common library, the classes or
 * ligature of a known icon set (or the sprite symbol an SVG {@code <use>} draws), and for links the text of the page's other links to the same
 * address, then the target (brand domains, the site's own pages).
 */
final class ControlNameFixer implements Fixer {
  private static final List<String> TOOLTIP_ATTRS = List.of(
      "data-tooltip", "data-original-title", "data-bs-original-title", "data-title", "data-tippy-content", "data-tip");

  private final String rule;

  ControlNameFixer(String rule) {
    this.rule = rule;
  }

  @Override
  public String rule() {
    return rule;
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    Element e = failure.target();
    Optional<String> svgTitle = e.descendants().filter(d -> d.name().equals("title") && !d.isHtml())
        .map(d -> FixerSupport.squash(d.textContent())).filter(s -> !s.isEmpty()).findFirst();
    if (svgTitle.isPresent()) {
      return label(e, svgTitle.get(), FixContext.message("name.svg-title"), Confidence.LIKELY);
    }
    for (String attr : TOOLTIP_ATTRS) {
      Optional<String> tip = Stream.concat(Stream.of(e), e.descendants()).map(x -> x.attrOr(attr, ""))
          .map(FixerSupport::squash).filter(s -> !s.isEmpty()).findFirst();
      if (tip.isPresent()) return label(e, tip.get(), FixContext.message("name.tooltip", attr), Confidence.LIKELY);
    }
    String value = FixerSupport.squash(e.attrOr("value", ""));
    if (e.is("button") && value.codePoints().anyMatch(Character::isLetter)) {
      // the value a button sends is the author's word for what it does, though no one sees it
      return label(e, value, FixContext.message("name.button-value"), Confidence.NEEDS_REVIEW);
    }
    if (e.is("a")) {
      Optional<SameDestination.Name> same = SameDestination.of(ctx).nameOf(e);
      if (same.isPresent()) return nameFromSameDestination(e, same.get());
    }
    Optional<String[]> icon = iconName(e);
    if (icon.isPresent()) {
      return label(e, icon.get()[0], FixContext.message("name.icon-class", icon.get()[1]), Confidence.NEEDS_REVIEW);
    }
    Optional<String[]> word = nameFromOwnClass(e);
    if (word.isPresent()) {
      return label(e, word.get()[0], FixContext.message("name.own-class", word.get()[1]), Confidence.NEEDS_REVIEW);
    }
    if (e.is("a") && e.has("href")) {
      Optional<String> purpose = LinkPurpose.fromHref(e.attrOr("href", ""), host(ctx));
      if (purpose.isPresent()) {
        return label(e, purpose.get(), FixContext.message("name.link-target", e.attrOr("href", "")), Confidence.NEEDS_REVIEW);
      }
    }
    return FixerSupport.needsPerson(rule, e, "name.needs-person");
  }

  /**
   * The text of the page's other links to the same address. A link whose only content is one image
   * gets it as the image's alt (what the image link does, and the image-alt repair writes the
   * same); otherwise the link gets it as aria-label. Several different texts need review.
   */
  private FixAttempt nameFromSameDestination(Element link, SameDestination.Name same) {
    String provenance = FixContext.message("name.same-destination", same.text(), same.address());
    Confidence c = same.sure() ? Confidence.LIKELY : Confidence.NEEDS_REVIEW;
    Optional<Element> image = SameDestination.onlyImage(link);
    if (image.isPresent()) {
      return FixerSupport.setAttribute(rule, image.get(), "alt", same.text(), provenance, c);
    }
    return label(link, same.text(), provenance, c);
  }

  private FixAttempt label(Element e, String name, String provenance, Confidence c) {
    return FixerSupport.setAttribute(rule, e, "aria-label", FixerSupport.shorten(name, 80), provenance, c);
  }

  /** The name of the first known icon among the element's and its descendants' classes and ligatures. */
  static Optional<String[]> iconName(Element e) {
    IconVocabulary v = IconVocabulary.get();
    return Stream.concat(Stream.of(e), e.descendants()).flatMap(x -> {
      Stream<String> classes = AsciiWhitespace.split(x.attrOr("class", "")).stream();
      Stream<String> extra = Stream.of(x.attrOr("data-icon", ""), x.attrOr("name", "")).filter(s -> !s.isEmpty()
          && (x.name().equals("ion-icon") || x.has("data-icon")));
      Stream<String> ligature = isLigatureFont(x) ? Stream.of(FixerSupport.squash(x.textContent())) : Stream.empty();
      Stream<String> feather = x.has("data-feather") ? Stream.of("feather-" + x.attrOr("data-feather", "")) : Stream.empty();
      Stream<String> sprite = spriteSymbol(x).stream();
      return Stream.of(classes, extra, ligature, feather, sprite).flatMap(s -> s);
    }).flatMap(token -> v.forToken(token).map(name -> Stream.<String[]>of(new String[] {name, token})).orElse(Stream.empty()))
        .findFirst();
  }

  /**
   * The concept named by a word of the control's own class or id ({@code class="search-btn"},
   * {@code id="cartLink"}), when exactly one concept is named: "search-cart-toggle" names none.
   */
  static Optional<String[]> nameFromOwnClass(Element e) {
    IconVocabulary v = IconVocabulary.get();
    java.util.Map<String, String[]> found = new java.util.LinkedHashMap<>();
    for (String token : AsciiWhitespace.split(e.attrOr("class", "") + " " + e.attrOr("id", ""))) {
      for (String word : token.split("[-_]+|(?<=[a-z])(?=[A-Z])")) {
        v.forWord(word).ifPresent(name -> found.putIfAbsent(name, new String[] {name, token}));
      }
    }
    return found.size() == 1 ? Optional.of(found.values().iterator().next()) : Optional.empty();
  }

  /** The symbol an SVG {@code <use href="#icon-twitter">} draws, from a sprite sheet: its id names the icon. */
  static Optional<String> spriteSymbol(Element x) {
    if (!x.name().equals("use") || x.isHtml()) return Optional.empty();
    String href = x.attr("href").or(() -> x.attr("xlink:href")).orElse("").strip();
    int hash = href.indexOf('#');
    return hash < 0 || hash == href.length() - 1 ? Optional.empty() : Optional.of(href.substring(hash + 1));
  }

  private static boolean isLigatureFont(Element x) {
    String cls = x.attrOr("class", "");
    return cls.contains("material-icons") || cls.contains("material-symbols");
  }

  private static String host(FixContext ctx) {
    String src = ctx.page().source();
    try {
      return src.startsWith("http") ? Optional.ofNullable(URI.create(src).getHost()).orElse("") : "";
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
