package org.curbcut.fix.alt;

import java.util.Optional;
import java.util.function.Supplier;
import org.curbcut.snapshot.Element;

/**
 * An image to describe: its element (for context) and its bytes, fetched lazily because only the
 * describers that look at pixels need them.
 */
public final class ImageInput {
  private final Element element;
  private final Supplier<Optional<byte[]>> fetch;
  private Optional<byte[]> bytes;

  /** An image element, and how to fetch its bytes when a describer asks. */
  public ImageInput(Element element, Supplier<Optional<byte[]>> fetch) {
    this.element = element;
    this.fetch = fetch;
  }

  /** The image element. */
  public Element element() {
    return element;
  }

  /** The image's bytes, fetched once; empty when they could not be had within the limits. */
  public synchronized Optional<byte[]> bytes() {
    if (bytes == null) {
      try {
        bytes = fetch.get();
      } catch (RuntimeException e) {
        bytes = Optional.empty();
      }
    }
    return bytes;
  }
}
