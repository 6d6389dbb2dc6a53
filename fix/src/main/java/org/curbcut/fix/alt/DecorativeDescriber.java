package org.curbcut.fix.alt;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixContext;
import org.curbcut.internal.icons.ControlText;
import org.curbcut.snapshot.Element;

/**
 * Finds images that carry no information: spacers, tracking pixels, tiny images, pieces of drawn
 * borders and rules, images set off-screen or to no size, and images inside
 * a link or button whose text or title already names it. Those get {@code alt=""}.
 */
public final class DecorativeDescriber implements ImageDescriber {
  private static final Pattern SPACER = Pattern.compile(
      "(^|[/_.-])(spacer|blank|pixel|transparent|clear|1x1|trans|shim|dot)\\.(gif|png|webp)($|\\?)", Pattern.CASE_INSENSITIVE);
  private static final int TINY = 2;
  /** File-name words of the pieces legacy layouts draw borders and rules with. */
  private static final java.util.Set<String> BORDER_WORDS = java.util.Set.of("corner", "border", "edge", "divider",
      "separator", "rule", "line", "bar", "hr", "shadow", "frame");
  private static final Pattern ZERO_SIZE = Pattern.compile("(^|;)\\s*(width|height)\\s*:\\s*0(px)?\\s*(!important\\s*)?(;|$)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FAR_OFF = Pattern.compile("(^|;)\\s*(left|top)\\s*:\\s*-\\d{4,}px", Pattern.CASE_INSENSITIVE);

  @Override
  public String name() {
    return "decorative";
  }

  @Override
  public Optional<Description> describe(ImageInput image) {
    Element img = image.element();
    String src = img.attrOr("src", "").toLowerCase(Locale.ROOT);
    if (SPACER.matcher(src).find()) {
      return decorative("alt.decorative.spacer");
    }
    Optional<Integer> w = dimension(img.attr("width"));
    Optional<Integer> h = dimension(img.attr("height"));
    if (w.isPresent() && h.isPresent() && w.get() <= TINY && h.get() <= TINY) {
      return decorative("alt.decorative.tiny-attributes");
    }
    if (w.isPresent() && h.isPresent() && isBorderPiece(src, w.get(), h.get())) {
      return decorative("alt.decorative.border-piece");
    }
    String style = img.attrOr("style", "");
    if (ZERO_SIZE.matcher(style).find() || FAR_OFF.matcher(style).find()) {
      return decorative("alt.decorative.not-shown");
    }
    Optional<Element> control = img.ancestors().filter(a -> a.is("a", "button")).findFirst();
    if (control.isPresent() && hasOtherText(control.get(), img)) {
      return decorative("alt.decorative.redundant-in-control");
    }
    if (control.isPresent() && control.get().attr("title").map(t -> !t.isBlank()).orElse(false)) {
      // the title names the control when its content does not: the image would only compete with it
      return decorative("alt.decorative.control-title");
    }
    Optional<int[]> size = pixelSize(image);
    if (size.isPresent() && size.get()[0] <= TINY && size.get()[1] <= TINY) {
      return decorative("alt.decorative.tiny-image");
    }
    return Optional.empty();
  }

  private static Optional<Description> decorative(String key) {
    return Optional.of(new Description("", FixContext.message(key), Confidence.LIKELY));
  }

  /**
   * A piece of a drawn border or rule: a file named so (corner_1.gif, bar.gif, line-top.png) that
   * is small (16 pixels or less each way) or thin (15 or less one way, ten times longer the other).
   */
  private static boolean isBorderPiece(String src, int w, int h) {
    String file = ImageFileName.of(src);
    boolean named = java.util.Arrays.stream(file.split("[^a-z]+")).anyMatch(BORDER_WORDS::contains);
    boolean small = w <= 16 && h <= 16;
    boolean thin = (h <= 15 && w >= 10 * Math.max(h, 1)) || (w <= 15 && h >= 10 * Math.max(w, 1));
    return named && (small || thin);
  }

  /** True when the control has visible text of its own besides this image. */
  private static boolean hasOtherText(Element control, Element img) {
    if (control.attr("aria-label").map(s -> !s.isBlank()).orElse(false)) return true;
    return ControlText.besides(control, img).codePoints().filter(Character::isLetterOrDigit).count() >= 2;
  }

  private static Optional<Integer> dimension(Optional<String> v) {
    try {
      return v.map(s -> s.trim().replace("px", "")).filter(s -> s.matches("\\d+")).map(Integer::parseInt);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<int[]> pixelSize(ImageInput image) {
    Optional<byte[]> bytes = image.bytes();
    if (bytes.isEmpty()) return Optional.empty();
    try {
      BufferedImage bi = ImageIO.read(new ByteArrayInputStream(bytes.get()));
      return bi == null ? Optional.empty() : Optional.of(new int[] {bi.getWidth(), bi.getHeight()});
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
