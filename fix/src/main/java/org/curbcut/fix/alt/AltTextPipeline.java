package org.curbcut.fix.alt;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.ImageAccess;
import org.curbcut.snapshot.Element;

/**
 * Tries the describers in order and returns the first answer. Describers that look at pixels are
 * cached by the image's content hash, so the same logo on a thousand pages is described once; the
 * cache holds descriptions only, so one pipeline safely serves many sites and threads.
 */
public final class AltTextPipeline {
  private static final Set<String> MARKUP_ONLY = Set.of("decorative", "context");

  private final List<ImageDescriber> describers;
  private final ImageFetcher fetcher;
  private final Map<String, Optional<Description>> cache = new ConcurrentHashMap<>();

  /** A pipeline trying {@code describers} in order, with images from {@code fetcher}. */
  public AltTextPipeline(List<ImageDescriber> describers, ImageFetcher fetcher) {
    this.describers = List.copyOf(describers);
    this.fetcher = fetcher;
  }

  /** Decorative detection, context and OCR when the tesseract program is there. */
  public static AltTextPipeline standard(ImageFetcher fetcher) {
    OcrDescriber ocr = new OcrDescriber();
    List<ImageDescriber> chain = ocr.available()
        ? List.of(new DecorativeDescriber(), new ContextDescriber(), ocr)
        : List.of(new DecorativeDescriber(), new ContextDescriber());
    return new AltTextPipeline(chain, fetcher);
  }

  /** The describers, in the order they are tried. */
  public List<ImageDescriber> describers() {
    return describers;
  }

  /** Describes an image whose pixels come from where the fetcher's own access allows. */
  public Optional<Description> describe(Element img) {
    return describe(img, fetcher.access());
  }

  /** Describes an image of the page a repair run is repairing, with the images its request allows. */
  public Optional<Description> describe(Element img, FixContext ctx) {
    return describe(img, ctx.images().orElse(fetcher.access()));
  }

  /** Describes an image whose pixels come from where {@code access} allows. */
  public Optional<Description> describe(Element img, ImageAccess access) {
    return attempt(img, access).description();
  }

  /**
   * What describing an image gave.
   *
   * @param description the first describer's answer, if any
   * @param fetchRefused why the image's pixels were not fetched, when a person should know (a
   *     redirect off the allowed origins); empty otherwise
   */
  public record Attempt(Optional<Description> description, Optional<String> fetchRefused) {}

  /** Describes an image of the page a repair run is repairing; without an answer, says whether its fetch was refused. */
  public Attempt attempt(Element img, FixContext ctx) {
    return attempt(img, ctx.images().orElse(fetcher.access()), ctx);
  }

  /** Describes an image whose pixels come from where {@code access} allows; without an answer, says whether its fetch was refused. */
  public Attempt attempt(Element img, ImageAccess access) {
    return attempt(img, access, null);
  }

  private Attempt attempt(Element img, ImageAccess access, FixContext ctx) {
    ImageInput input = ImageInput.fetched(img, () -> fetcher.load(img, access));
    if (ctx != null) input.within(ctx);
    for (ImageDescriber d : describers) {
      Optional<Description> answer = MARKUP_ONLY.contains(d.name()) ? safely(d, input) : cached(d, input);
      if (answer.isPresent()) return new Attempt(answer, Optional.empty());
    }
    return new Attempt(Optional.empty(), input.refusal());
  }

  private Optional<Description> cached(ImageDescriber d, ImageInput input) {
    Optional<byte[]> bytes = input.bytes();
    if (bytes.isEmpty()) return Optional.empty();
    String key = d.name() + ":" + sha256(bytes.get());
    return cache.computeIfAbsent(key, k -> safely(d, input));
  }

  private static Optional<Description> safely(ImageDescriber d, ImageInput input) {
    try {
      return d.describe(input);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
