package org.curbcut.fix.alt;

import java.util.Optional;
import java.util.function.Supplier;
import org.curbcut.fix.FixContext;
import org.curbcut.snapshot.Element;

/**
 * An image to describe: its element (for context) and its bytes, fetched lazily because only the
 * describers that look at pixels need them.
 */
public final class ImageInput {
  private final Element element;
  private final Supplier<ImageFetcher.Fetch> fetch;
  private ImageFetcher.Fetch fetched;
  private FixContext context;

  /** An image element, and how to fetch its bytes when a describer asks. */
  public ImageInput(Element element, Supplier<Optional<byte[]>> fetch) {
    this.element = element;
    this.fetch = () -> new ImageFetcher.Fetch(fetch.get(), Optional.empty());
  }

  private ImageInput(Supplier<ImageFetcher.Fetch> fetch, Element element) {
    this.element = element;
    this.fetch = fetch;
  }

  /** An image element, and how to fetch its bytes (or learn why the fetch was refused) when a describer asks. */
  public static ImageInput fetched(Element element, Supplier<ImageFetcher.Fetch> fetch) {
    return new ImageInput(fetch, element);
  }

  /** This input, read within a repair run whose per-page state describers may share. */
  public ImageInput within(FixContext ctx) {
    this.context = ctx;
    return this;
  }

  /** The repair run the image is described in, if any: its state caches what describers derive from the page. */
  public Optional<FixContext> context() {
    return Optional.ofNullable(context);
  }

  /** The image element. */
  public Element element() {
    return element;
  }

  /** The image's bytes, fetched once; empty when they could not be had within the limits. */
  public Optional<byte[]> bytes() {
    return fetch().bytes();
  }

  /** Why fetching the image was refused, when a person should know (a redirect off the allowed origins); empty if it was not. */
  public Optional<String> refusal() {
    return fetched == null ? Optional.empty() : fetched.refusal();
  }

  private synchronized ImageFetcher.Fetch fetch() {
    if (fetched == null) {
      try {
        fetched = fetch.get();
      } catch (RuntimeException e) {
        fetched = ImageFetcher.Fetch.NONE;
      }
    }
    return fetched;
  }
}
