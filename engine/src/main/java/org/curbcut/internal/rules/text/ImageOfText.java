package org.curbcut.internal.rules.text;

import java.util.List;
import java.util.Optional;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Namespace;
import org.curbcut.snapshot.Rendering;

/**
 * ACT 0va7u6 "HTML images contain no text" (WCAG 1.4.5, AA).
 * Applicability: visible image resources: HTML {@code img} with a {@code src}, image buttons,
 * {@code object}s that load an image, SVG {@code image} elements, and elements with a CSS
 * background image. Expectation: the image contains no text, or the text is incidental,
 * essential (logotypes), decorative, or available as real text too. Pixels are not in the
 * markup, so this needs a person (cantTell); an SVG loaded as an image whose source holds a
 * {@code <text>} is reported with that fact.
 */
public final class ImageOfText extends NeedsPersonRule {
  static final MessageKey<Diagnostic> SVG_TEXT = MessageKey.of("svg-text", t -> new Object[] {TextChecks.describe(t)});
  private static final RuleMeta META = RuleMeta.of(ImageOfText.class, "image-of-text",
      List.of("0va7u6"), List.of("1.4.5"), Level.AA, Impact.MODERATE)
      .withMessages(NEEDS_PERSON, SVG_TEXT);

  public ImageOfText() {
    super(META);
  }

  @Override
  boolean applies(RuleContext ctx, Element e) {
    if (!isImageResource(e)) return false;
    if (Rendering.isVisible(e).isFalse()) return false;
    return !TextChecks.tiny(e);
  }

  static boolean isImageResource(Element e) {
    if (e.namespace() == Namespace.SVG) return e.name().equals("image") && (e.has("href") || e.has("xlink:href"));
    if (!e.isHtml()) return false;
    if (e.is("img")) return e.attr("src").map(s -> !s.isBlank()).orElse(false) || e.has("srcset");
    if (TextChecks.inputType(e).map("image"::equals).orElse(false)) return e.has("src");
    if (e.is("object")) {
      Optional<String> data = e.attr("data").filter(d -> !d.isBlank());
      return data.isPresent() && e.attr("type").flatMap(MediaTypes::ofMime).or(() -> MediaTypes.ofUrl(data.get()))
          .map(k -> k == MediaTypes.Kind.IMAGE).orElse(false);
    }
    String bg = Rendering.style(e, "background-image").declared().or(() -> Rendering.style(e, "background").declared()).orElse("");
    return bg.contains("url(");
  }



  @Override
  boolean decide(RuleContext ctx, Element e, org.curbcut.internal.aria.AccessibleName name, org.curbcut.rules.Outcomes out) {
    String src = e.attrOr("src", "").trim();
    if (src.regionMatches(true, 0, "data:image/svg+xml", 0, 18) && src.toLowerCase(java.util.Locale.ROOT).contains("<text")) {
      out.cantTell(e, SVG_TEXT);
      return true;
    }
    return false;
  }
}
