package org.curbcut.internal.rules.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.internal.aria.NameSource;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Name;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Rendering;

/**
 * ACT qt1vmo "Image accessible name is descriptive" (WCAG 1.1.1).
 * Applicability: visible elements with the semantic role {@code img} (or an SVG graphics role),
 * image buttons and {@code canvas} elements, included in the accessibility tree with a non-empty accessible name.
 * Expectation: the name describes the image. A person judges that (cantTell), except when the
 * name is only a file name ("IMG_0042.jpg", or the image's own file name): that describes
 * nothing, so it fails.
 */
public final class ImageAltDescriptive extends NeedsPersonRule {
  private static final java.util.regex.Pattern QUERY = java.util.regex.Pattern.compile("[?#].*$");
  private static final Set<String> ROLES = Set.of("img", "graphics-document", "graphics-symbol");
  private static final Pattern FILE_NAME = Pattern.compile(
      "^[^\\s/]+\\.(png|apng|jpe?g|gif|svg|webp|avif|bmp|ico|tiff?)$", Pattern.CASE_INSENSITIVE);
  static final MessageKey<Name> FILE_NAME_ALT = MessageKey.of("file-name", Name.class,
      (t, d) -> new Object[] {TextChecks.describe(t), d.text()});
  private static final RuleMeta META = RuleMeta.of(ImageAltDescriptive.class, "image-alt-descriptive",
      List.of("qt1vmo"), List.of("1.1.1"), Level.A, Impact.SERIOUS)
      .withMessages(NEEDS_PERSON, FILE_NAME_ALT);

  public ImageAltDescriptive() {
    super(META);
  }

  @Override
  boolean applies(RuleContext ctx, Element e) {
    boolean image = ROLES.contains(TextChecks.role(ctx, e)) || TextChecks.inputType(e).map("image"::equals).orElse(false)
        || (e.isHtml() && e.is("canvas"));
    if (!image || Rendering.isVisible(e).isFalse() || !exposedWithName(ctx, e)) return false;
    if (TextChecks.inputType(e).isPresent()) {
      // an image button's default label ("Submit Query") is input-image-alt's concern
      AccessibleName n = ctx.aria().name(e);
      return !(n.source() == NameSource.HOST_LANGUAGE && e.attr("alt").map(String::isBlank).orElse(true));
    }
    return true;
  }

  @Override
  boolean decide(RuleContext ctx, Element e, AccessibleName name, Outcomes out) {
    String value = TextChecks.normalize(name.value());
    if (FILE_NAME.matcher(value).matches() || value.equalsIgnoreCase(fileName(e))) {
      out.failed(e, FILE_NAME_ALT, new Name(value));
      return true;
    }
    return false;
  }

  /** The last path segment of the image's src, or "" when none. */
  static String fileName(Element e) {
    String src = QUERY.matcher(e.attr("src").orElse("").trim()).replaceAll("");
    if (src.isEmpty() || src.regionMatches(true, 0, "data:", 0, 5)) return "\u0000";
    String file = src.substring(src.lastIndexOf('/') + 1);
    return file.isEmpty() ? "\u0000" : file.toLowerCase(Locale.ROOT);
  }
}
